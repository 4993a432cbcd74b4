package app.limber.site;

import app.limber.site.seo.StructuredData;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import app.limber.program.ProgramService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front page: what the site is, the latest articles, routines to try and the programs to join. */
@RestController
class HomeController {

    static final int CARDS = 6;

    private final ArticleService articles;
    private final RoutineService routines;
    private final ProgramService programs;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final StructuredData structuredData;

    HomeController(ArticleService articles, RoutineService routines, ProgramService programs, PublicPages pages,
            PublicUrls urls,
            StructuredData structuredData) {
        this.structuredData = structuredData;
        this.articles = articles;
        this.routines = routines;
        this.programs = programs;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> home(HttpServletRequest request) {
        SiteFrame frame = pages.frame(request);
        boolean signedIn = frame.signedIn();
        HomeContent home = new HomeContent(articles.latestLive(CARDS, signedIn), routines.latestLive(CARDS, signedIn),
                programs.liveCards(signedIn));
        String description = "Short yoga routines for runners: foot, toe and ankle mobility, sun salutations and "
                + "post-run stretches, with programs that tell you what to practise each day.";
        PageMeta meta = new PageMeta(frame.siteName(), description, urls.absolute("/"), urls.shareImage(null),
                "website", List.of(structuredData.website(frame.siteName())), true);
        return pages.render(request, HttpStatus.OK, "home", frame, meta, home, PublicPages.Audience.EVERYONE);
    }
}
