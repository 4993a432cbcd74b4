package app.limber.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.RoutineDraft;
import app.limber.content.Visibility;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The home page, the article list and article pages over real HTTP, as a visitor's browser and a crawler get them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, PublicSiteFixtures.class})
class ArticlePagesTest extends IntegrationTest {

    static final String SCRIPT = "<script>alert('x')</script>";

    @LocalServerPort
    int port;

    @Autowired
    PublicSiteFixtures fixtures;

    WebClient visitor;

    @BeforeEach
    void freshVisitor() {
        fixtures.forget();
        visitor = new WebClient(port);
    }

    @Test
    void homePageListsTheLatestArticlesAndRoutinesWithMetaTagsAndNoCookie() {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "Kneel and breathe", Visibility.PUBLIC, true,
                "Foot mobility");
        ArticleDraft article = fixtures.article("Why your big toe matters", "The push-off starts at the toe.",
                "Text", Visibility.PUBLIC, true);

        HttpResponse<String> response = visitor.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertNoSession(response);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".article-card h3 a").attr("href")).isEqualTo("/articles/" + article.getSlug());
        assertThat(page.select(".routine-card h3 a").attr("href")).isEqualTo("/routines/" + routine.getSlug());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://limber.example/");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void anArticlePageHasItsTitleDescriptionCanonicalSharingTagsAndStructuredData() throws Exception {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "Kneel and breathe", Visibility.PUBLIC, true);
        ArticleDraft article = fixtures.article("Why your big toe matters", "The push-off starts at the toe.",
                "The big toe must extend.", Visibility.PUBLIC, true, routine);

        HttpResponse<String> response = visitor.get("/articles/" + article.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertNoSession(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(
                "max-age=60, public, stale-while-revalidate=600");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Why your big toe matters · Limber");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("The push-off starts at the toe.");
        String canonical = "https://limber.example/articles/" + article.getSlug();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
        assertThat(page.select("meta[property=og:image]").attr("content")).startsWith("https://limber.example/");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Why your big toe matters");
        assertThat(page.select(".body-text").text()).isEqualTo("The big toe must extend.");
        assertThat(page.select(".linked-routines a").attr("href")).isEqualTo("/routines/" + routine.getSlug());
        ObjectMapper json = new ObjectMapper();
        assertThat(page.select("script[type=application/ld+json]").eachAttr("type")).isNotEmpty();
        JsonNode first = json.readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(first.get("@type").asText()).isEqualTo("BlogPosting");
    }

    @Test
    void anArticlePageWithItsDiscussionTakesAHandfulOfStatements() {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "", Visibility.PUBLIC, true);
        ArticleDraft article = fixtures.article("Why your big toe matters", "", "Text", Visibility.PUBLIC, true,
                routine);
        visitor.get("/articles/" + article.getSlug());

        long statements = statementsDuring(() -> visitor.get("/articles/" + article.getSlug()));

        // article with tags, author's name, linked routines, the item for the discussion, its comments
        assertThat(statements).isLessThanOrEqualTo(6);
    }

    @Test
    void aRepeatedRequestWithTheETagGetsNotModified() throws Exception {
        ArticleDraft article = fixtures.article("Ankles that land soft", "", "Text", Visibility.PUBLIC, true);
        HttpResponse<String> first = visitor.get("/articles/" + article.getSlug());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/articles/" + article.getSlug()))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertNoSession(again);
    }

    @Test
    void draftsAndUnknownArticlesAreTheSitesNotFoundPage() {
        ArticleDraft draft = fixtures.article("Not yet", "", "Secret draft text", Visibility.PUBLIC, false);

        for (String path : new String[] {"/articles/" + draft.getSlug(), "/articles/no-such-article"}) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("find that page", "/site/site.css")
                    .doesNotContain("Secret draft text");
            assertNoSession(response);
        }
    }

    @Test
    void aMembersOnlyArticleShowsVisitorsItsTeaserAndTheWayInButNeverItsText() {
        ArticleDraft article = fixtures.article("The members' deep dive", "What the big toe does.",
                "Members-only body text", Visibility.MEMBERS, true);

        HttpResponse<String> response = visitor.get("/articles/" + article.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Members-only body text");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("The members' deep dive");
        assertThat(page.select(".lead").text()).isEqualTo("What the big toe does.");
        assertThat(page.select(".members-panel").text()).contains("Sign in or join to read this article");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        assertNoSession(response);
    }

    @Test
    void theArticleListIsPagedNewestFirstAndFiltersByWordsAndTag() {
        for (int i = 1; i <= 13; i++) {
            fixtures.article("Mobility note " + i, "", "Text", Visibility.PUBLIC, true);
        }
        fixtures.article("Ankle special", "", "Text", Visibility.PUBLIC, true);

        Document first = Jsoup.parse(visitor.get("/articles").body());
        assertThat(first.select(".article-card h3").eachText()).hasSize(12).first().isEqualTo("Ankle special");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/articles?page=2");
        Document second = Jsoup.parse(visitor.get("/articles?page=2").body());
        assertThat(second.select(".article-card h3").eachText()).containsExactly("Mobility note 2", "Mobility note 1");
        Document search = Jsoup.parse(visitor.get("/articles?q=ankle").body());
        assertThat(search.select(".article-card h3").eachText()).containsExactly("Ankle special");
        Document tagged = Jsoup.parse(visitor.get("/articles?tag=foot-mobility&q=note+13").body());
        assertThat(tagged.select(".article-card h3").eachText()).containsExactly("Mobility note 13");
    }

    @Test
    void scriptInTitleExcerptAndMarkdownStaysInertText() {
        ArticleDraft article = fixtures.article("Big toe " + SCRIPT, "Excerpt " + SCRIPT,
                "Breathe " + SCRIPT + "\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))", Visibility.PUBLIC,
                true);

        HttpResponse<String> response = visitor.get("/articles/" + article.getSlug());

        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Big toe " + SCRIPT);
        assertThat(page.select("body script")).isEmpty();
        assertThat(page.select("[onerror], [onload], a[href^=javascript]")).isEmpty();
        assertThat(page.title()).startsWith("Big toe " + SCRIPT);
        assertThat(response.body()).doesNotContain("<script>alert");
    }

    static void assertNoSession(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set").isEmpty();
    }
}
