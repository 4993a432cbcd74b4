package app.limber.site;

import app.limber.content.MembersOnlyTeaser;
import app.limber.program.ProgramTeaser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The page a visitor gets for a live members-only item: its teaser and the way in; else the 404 page. */
final class MembersOnlyPages {

    private MembersOnlyPages() {
    }

    static ResponseEntity<byte[]> teaserOrNotFound(PublicPages pages, PublicUrls urls, HttpServletRequest request,
            SiteFrame frame, String kind, String action, Optional<MembersOnlyTeaser> teaser) {
        MembersOnlyTeaser found = teaser.orElseThrow(NotFoundException::new);
        return teaser(pages, urls, request, frame, new MembersOnlyContent(found, kind, action));
    }

    /** A members-only program's teaser, with its schedule's shape; else the 404 page. */
    static ResponseEntity<byte[]> programTeaserOrNotFound(PublicPages pages, PublicUrls urls,
            HttpServletRequest request, SiteFrame frame, Optional<ProgramTeaser> teaser) {
        ProgramTeaser program = teaser.orElseThrow(NotFoundException::new);
        MembersOnlyTeaser found = new MembersOnlyTeaser(program.id(), program.slug(), program.title(),
                Descriptions.of("", program.descriptionHtml()), program.authorName(), program.coverUrl(), List.of());
        return teaser(pages, urls, request, frame, new MembersOnlyContent(found, "program", "start",
                MembersOnlyContent.weeks(program.lengthDays(), program.sessionDays())));
    }

    private static ResponseEntity<byte[]> teaser(PublicPages pages, PublicUrls urls, HttpServletRequest request,
            SiteFrame frame, MembersOnlyContent content) {
        MembersOnlyTeaser found = content.teaser();
        String kind = content.kind();
        String url = urls.absolute("/" + kind + "s/" + found.slug());
        PageMeta meta = new PageMeta(pages.title(found.title()), Descriptions.of(found.summary(), ""), url,
                urls.shareImage(found.coverImageUrl()), "article", List.of(), true);
        return pages.render(request, HttpStatus.OK, "members-only", frame, meta,
                content, PublicPages.Audience.PRIVATE);
    }
}
