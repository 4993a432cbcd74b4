package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Real HTTP requests for addresses the app doesn't have, or that the person may not open: the status says so and
 * the page is Limber's own, never the sign-in page for an address that doesn't exist and never a bare
 * "HTTP ERROR 403". Addresses that are neither a public page nor an application page get the public site's error
 * page, which opens no session for a visitor; the application's own pages keep the application's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class UnknownAndForbiddenAddressesTest extends IntegrationTest {

    static final String NOT_FOUND = "We couldn't find that page";
    static final String NOT_ALLOWED = "This page isn't open to you";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private WebClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = new WebClient(port);
    }

    /**
     * Whether this is Limber's own application page: the app's shell (its stylesheet and description), whose content
     * Vaadin then builds in the browser with AccessDeniedView (its content is checked in ErrorViewsTest).
     */
    private static void assertLimbersPage(HttpResponse<String> page) {
        assertThat(page.body()).contains("styles/limber.css", "Yoga for runners: mobility routines");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("security headers").isPresent();
    }

    /** Whether this is the public site's own error page with this heading: its layout, server-rendered. */
    private static Document assertSitePage(HttpResponse<String> page, String heading) {
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo("/site/site.css");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1").text()).isEqualTo(heading);
        assertThat(html.select("header.site-header")).hasSize(1);
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("security headers").isPresent();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        return html;
    }

    private static void assertNoSession(HttpResponse<String> page) {
        assertThat(page.headers().allValues("Set-Cookie")).as("cookies set").isEmpty();
    }

    private void signInAs(Role role) {
        HttpResponse<String> login = browser.signIn(accounts.create(Set.of(role)).email(), "secret-password");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));
    }

    @Test
    void aVisitorGetsTheSitesNotFoundPageWithoutASessionForAnAddressThatDoesNotExist() {
        for (String path : new String[] {"/no-such-page", "/studio-of-nobody", "/today/extra", "/studio/nothing",
                "/articles/no-such-slug", "/tags/x/y", "/programs/", "/articles/", "/site/no-such.css"}) {
            HttpResponse<String> page = browser.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertSitePage(page, NOT_FOUND);
            assertNoSession(page);
        }
    }

    @Test
    void aHeadRequestForAnUnknownAddressIsNotFoundToo() {
        HttpResponse<String> head = browser.browse("HEAD", "/no-such-page");

        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertNoSession(head);
    }

    @Test
    void aSignedInRunnerGetsTheSitesNotFoundPageWithTheirWayIntoTheApplication() {
        signInAs(Role.RUNNER);

        HttpResponse<String> page = browser.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        Document html = assertSitePage(page, NOT_FOUND);
        assertThat(html.select(".site-account a.app-link").eachText()).containsExactly("Today");
        assertThat(browser.get("/articles/no-such-article").statusCode()).isEqualTo(404);
        assertThat(browser.get("/today").statusCode()).as("their own pages still open").isEqualTo(200);
    }

    @Test
    void filesAndApplicationPagesAreStillServedAsBefore() {
        assertThat(browser.get("/site/site.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/styles/limber.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/favicon.ico").statusCode()).isEqualTo(200);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertLimbersPage(login);
    }

    @Test
    void aSignedInRunnerGetsLimbersNotAllowedPageForTheAdminConsole() {
        signInAs(Role.RUNNER);

        HttpResponse<String> page = browser.get("/admin/settings");

        assertThat(page.statusCode()).isEqualTo(403);
        assertLimbersPage(page);
        assertThat(browser.get("/today").statusCode()).as("their own pages still open").isEqualTo(200);
    }

    @Test
    void visitorsAreStillAskedToSignInForPagesThatExist() {
        HttpResponse<String> today = browser.get("/today");

        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(today.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void addressesThatAControllerServesStayClosedAndOnlyPageRequestsAreLetThrough() {
        HttpResponse<String> error = browser.get("/error");
        assertThat(error.statusCode()).as("Spring's error controller").isEqualTo(302);
        assertThat(error.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> post = browser.browse("POST", "/no-such-page");
        assertThat(post.statusCode()).as("a post without the form token").isEqualTo(403);
        assertSitePage(post, NOT_ALLOWED);
    }

    @Test
    void aMethodTheAddressDoesNotTakeGetsTheSitesPageNotTheLoginPage() {
        HttpResponse<String> page = browser.browse("GET", "/articles/some-article/comments");

        assertThat(page.statusCode()).isEqualTo(405);
        assertSitePage(page, NOT_FOUND);
        assertNoSession(page);
        HttpResponse<String> delete = browser.browse("DELETE", "/articles");
        assertThat(delete.statusCode()).as("refused for want of the form token").isEqualTo(403);
        assertSitePage(delete, NOT_ALLOWED);
    }

    @Test
    void aForbiddenPublicAddressGetsTheSitesNotAllowedPage() {
        HttpResponse<String> page = browser.browse("POST", "/sitemap.xml");

        assertThat(page.statusCode()).isEqualTo(403);
        assertSitePage(page, NOT_ALLOWED);
    }
}
