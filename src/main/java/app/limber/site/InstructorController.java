package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.site.seo.StructuredData;
import app.limber.account.PersonDirectory;
import app.limber.content.ArticleSearch;
import app.limber.content.ArticleService;
import app.limber.content.RoutineSearch;
import app.limber.content.RoutineService;
import app.limber.program.ProgramService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An instructor's page, {@code /instructors/{name-id}}: the author box and their published work. */
@RestController
class InstructorController {

    static final int HOW_MANY = 24;

    private final PersonDirectory people;
    private final ArticleService articles;
    private final RoutineService routines;
    private final ProgramService programs;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final StructuredData structuredData;
    private final InstructorProfiles instructors;

    InstructorController(PersonDirectory people, ArticleService articles, RoutineService routines,
            ProgramService programs, PublicPages pages, PublicUrls urls, StructuredData structuredData,
            InstructorProfiles instructors) {
        this.instructors = instructors;
        this.structuredData = structuredData;
        this.people = people;
        this.articles = articles;
        this.routines = routines;
        this.programs = programs;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/instructors/{slug}")
    ResponseEntity<byte[]> instructor(HttpServletRequest request, @PathVariable String slug) {
        long id = InstructorPaths.idIn(slug).orElseThrow(NotFoundException::new);
        String name = people.instructorName(id).orElseThrow(NotFoundException::new);
        String path = InstructorPaths.of(id, name);
        if (!path.equals("/instructors/" + slug)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
        }
        SiteFrame frame = pages.frame(request);
        boolean signedIn = frame.signedIn();
        InstructorProfiles.Profile profile = instructors.of(id);
        InstructorContent content = new InstructorContent(name, profile,
                articles.liveArticles(new ArticleSearch("", null, id), 1, HOW_MANY, signedIn).items(),
                routines.liveRoutines(RoutineSearch.byAuthor(id), 1, HOW_MANY, signedIn).items(),
                programs.liveCardsBy(id, signedIn));
        String url = urls.absolute(path);
        PageMeta meta = new PageMeta(pages.title(name), profile.bio().isBlank()
                ? name + ": articles, routines and programs for runners." : Descriptions.of(profile.bio(), ""),
                url, urls.shareImage(profile.photoUrl()), "profile", List.of(
                        structuredData.person(new StructuredData.Instructor(name, path, profile.bio(),
                                profile.photoUrl())),
                        structuredData.breadcrumbs(List.of(new StructuredData.Crumb("Home", "/"),
                                new StructuredData.Crumb(name, path)))), true);
        return pages.render(request, HttpStatus.OK, "instructors/instructor", frame, meta, content,
                PublicPages.Audience.EVERYONE);
    }
}
