package app.limber.site.seo;

import app.limber.account.PersonDirectory;
import app.limber.content.AuthorRow;
import app.limber.site.InstructorPaths;
import java.util.Map;
import java.util.TreeMap;

import app.limber.content.IndexedPage;
import app.limber.content.SiteIndex;
import app.limber.program.ProgramIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import app.limber.site.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /sitemap.xml}: the home page, the lists, and every live item's page with the date it last changed. A
 * members-only item is listed by its page, which shows visitors only its title, summary and cover. Instructors with
 * live work are listed by their page, changed when their latest item did.
 */
@RestController
class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteIndex content;
    private final ProgramIndex programs;
    private final PublicUrls urls;
    private final PersonDirectory people;

    SitemapController(SiteIndex content, ProgramIndex programs, PublicUrls urls, PersonDirectory people) {
        this.people = people;
        this.content = content;
        this.programs = programs;
        this.urls = urls;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(WebRequest request) {
        List<IndexedPage> items = content.livePages();
        List<IndexedPage> programPages = programs.livePages();
        List<IndexedPage> pages = new ArrayList<>();
        pages.add(new IndexedPage("/", latest(items, programPages)));
        pages.add(new IndexedPage("/articles", latest(prefixed(items, "/articles/"))));
        pages.add(new IndexedPage("/routines", latest(prefixed(items, "/routines/"))));
        pages.add(new IndexedPage("/programs", latest(programPages)));
        pages.addAll(items);
        pages.addAll(programPages);
        pages.addAll(instructorPages());
        XmlDocument xml = new XmlDocument("urlset", NAMESPACE);
        for (IndexedPage page : pages) {
            xml.start("url")
                    .element("loc", urls.absolute(page.path()))
                    .element("lastmod", page.lastModified().toString())
                    .end();
        }
        return MachineReadable.send(request, MediaType.APPLICATION_XML, xml.finish());
    }

    /** The page of every instructor with live work, changed when their latest item did. */
    private List<IndexedPage> instructorPages() {
        Map<Long, Instant> latest = new TreeMap<>();
        for (AuthorRow row : concatenated(content.liveAuthors(), programs.liveAuthors())) {
            latest.merge(row.authorId(), row.lastModified(), (one, other) -> one.isAfter(other) ? one : other);
        }
        List<IndexedPage> pages = new ArrayList<>();
        latest.forEach((id, lastModified) -> people.instructorName(id)
                .ifPresent(name -> pages.add(new IndexedPage(InstructorPaths.of(id, name), lastModified))));
        return pages;
    }

    private static List<AuthorRow> concatenated(List<AuthorRow> one, List<AuthorRow> other) {
        List<AuthorRow> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private static List<IndexedPage> prefixed(List<IndexedPage> pages, String prefix) {
        return pages.stream().filter(page -> page.path().startsWith(prefix)).toList();
    }

    @SafeVarargs
    private static Instant latest(List<IndexedPage>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).map(IndexedPage::lastModified)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
