package app.limber.site;

import app.limber.content.MembersOnlyTeaser;
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
        String url = urls.absolute("/" + kind + "s/" + found.slug());
        PageMeta meta = new PageMeta(pages.title(found.title()), Descriptions.of(found.summary(), ""), url,
                urls.shareImage(found.coverImageUrl()), "article", List.of(), true);
        return pages.render(request, HttpStatus.OK, "members-only", frame, meta,
                new MembersOnlyContent(found, kind, action), PublicPages.Audience.PRIVATE);
    }
}
