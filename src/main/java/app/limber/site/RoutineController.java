package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.site.seo.StructuredData;
import app.limber.site.seo.StructuredData.Crumb;
import app.limber.content.CommentableItem;
import app.limber.content.Level;
import app.limber.content.ReaderListPage;
import app.limber.content.RoutineCard;
import app.limber.content.RoutinePage;
import app.limber.content.RoutineSearch;
import app.limber.content.RoutineService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Routines for readers: the library ({@code /routines}), one routine, and the studio's "preview as runner". */
@RestController
class RoutineController {

    static final int PAGE_SIZE = 12;
    /** The "up to N minutes" choices of the library's duration filter. */
    static final List<Integer> DURATIONS = List.of(5, 10, 20, 30);

    private final RoutineService routines;
    private final Discussions discussions;
    private final CommentPosting posting;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final StructuredData structuredData;
    private final InstructorProfiles instructors;

    RoutineController(RoutineService routines, Discussions discussions, CommentPosting posting, PublicPages pages,
            PublicUrls urls,
            StructuredData structuredData, InstructorProfiles instructors) {
        this.instructors = instructors;
        this.structuredData = structuredData;
        this.posting = posting;
        this.routines = routines;
        this.discussions = discussions;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/routines")
    ResponseEntity<byte[]> list(HttpServletRequest request, @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "tag", defaultValue = "") String tag,
            @RequestParam(name = "level", defaultValue = "") String level,
            @RequestParam(name = "minutes", defaultValue = "") String minutes,
            @RequestParam(name = "page", defaultValue = "1") String page) {
        SiteFrame frame = pages.frame(request);
        RoutineSearch search = new RoutineSearch(words, tag, level(level), minutes(minutes));
        ReaderListPage<RoutineCard> list = routines.liveRoutines(search, PageNumbers.parse(page), PAGE_SIZE,
                frame.signedIn());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", search.words());
        filters.put("tag", search.tagSlug());
        filters.put("level", search.level() == null ? null : search.level().name().toLowerCase(Locale.ROOT));
        filters.put("minutes", search.maxMinutes() == null ? null : search.maxMinutes().toString());
        RoutineListContent content = new RoutineListContent(list, search, routines.allTags(), List.of(Level.values()),
                DURATIONS, Pager.of("/routines", list, filters));
        String title = list.page() > 1 ? "Routines, page " + list.page() : "Routines";
        boolean unfiltered = search.words().isEmpty() && search.tagSlug() == null && search.level() == null
                && search.maxMinutes() == null;
        PageMeta meta = new PageMeta(pages.title(title), "Yoga routines for runners: foot, ankle and hip mobility, "
                + "by level and length.", urls.absolute(PageNumbers.canonical("/routines", list.page())),
                urls.shareImage(null), "website", List.of(structuredData.collectionPage(title, "/routines")), unfiltered);
        return pages.render(request, HttpStatus.OK, "routines/list", frame, meta, content,
                PublicPages.Audience.EVERYONE);
    }

    @GetMapping("/routines/{slug}")
    ResponseEntity<byte[]> routine(HttpServletRequest request, @PathVariable String slug,
            @RequestParam(name = "comment", required = false) String outcome,
            @RequestParam(name = "reply", required = false) String reply) {
        SiteFrame frame = pages.frame(request);
        Optional<RoutinePage> found = routines.findLive(slug, frame.signedIn());
        if (found.isEmpty()) {
            return MembersOnlyPages.teaserOrNotFound(pages, urls, request, frame, "routine", "follow",
                    frame.signedIn() ? Optional.empty() : routines.membersOnlyTeaser(slug));
        }
        RoutinePage routine = found.get();
        DiscussionContent discussion = discussions.under(frame, CommentableItem.Kind.ROUTINE, routine.id(),
                "/routines/" + routine.slug(), outcome, reply);
        return page(request, HttpStatus.OK, frame, routine, discussion);
    }

    /** A comment from the form under a routine: a redirect once stored, the form again with the reason if not. */
    @PostMapping("/routines/{slug}/comments")
    ResponseEntity<byte[]> comment(HttpServletRequest request, @PathVariable String slug) {
        return posting.handle(request, CommentableItem.Kind.ROUTINE, "/routines/" + slug, slug, (frame, refusal) -> {
            RoutinePage routine = routines.findLive(slug, frame.signedIn()).orElseThrow(NotFoundException::new);
            return page(request, HttpStatus.UNPROCESSABLE_CONTENT, frame, routine, discussions.refused(frame,
                    CommentableItem.Kind.ROUTINE, routine.id(), "/routines/" + routine.slug(), refusal));
        });
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, SiteFrame frame,
            RoutinePage routine, DiscussionContent discussion) {
        return pages.render(request, status, "routines/routine", frame, meta(routine),
                new RoutineContent(routine, SanitizedHtml.fromContentService(routine.bodyHtml()), discussion, null,
                        instructors.of(routine.authorId())), PublicPages.Audience.EVERYONE,
                PublicPages.latest(routine.changedAt(), discussion == null ? null : discussion.lastChange()));
    }

    /** "Preview as runner": the same page for a routine in any status, to its author and admins only. */
    @GetMapping("/studio/routines/{id}/preview")
    ResponseEntity<byte[]> preview(HttpServletRequest request, @PathVariable long id) {
        SiteFrame frame = pages.frame(request);
        RoutinePage routine = routines.preview(id).orElseThrow(NotFoundException::new);
        return pages.render(request, HttpStatus.OK, "routines/routine", frame, meta(routine).notIndexed(),
                new RoutineContent(routine, SanitizedHtml.fromContentService(routine.bodyHtml()), null,
                        "/studio/routines/" + id, instructors.of(routine.authorId())), PublicPages.Audience.PRIVATE);
    }

    private PageMeta meta(RoutinePage routine) {
        String path = "/routines/" + routine.slug();
        return new PageMeta(pages.title(routine.title()), Descriptions.of(routine.summary(), routine.bodyHtml()),
                urls.absolute(path), urls.shareImage(routine.coverImageUrl()), "article", List.of(
                        structuredData.routine(routine), structuredData.breadcrumbs(List.of(new Crumb("Home", "/"),
                                new Crumb("Routines", "/routines"), new Crumb(routine.title(), path)))), true);
    }

    private static @Nullable Level level(String value) {
        for (Level level : Level.values()) {
            if (level.name().equalsIgnoreCase(value.strip())) {
                return level;
            }
        }
        return null;
    }

    private static @Nullable Integer minutes(String value) {
        return DURATIONS.stream().filter(choice -> choice.toString().equals(value.strip())).findFirst().orElse(null);
    }
}
