package app.limber;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.content.ArticleCard;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The zero-setup default: no profile, the embedded H2 database (in memory here, so the test leaves no files), demo
 * accounts seeded, a real HTTP server. A demo runner signs in through the real login form post.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "limber.demo=" })
class DefaultProfileSmokeTest {

    @LocalServerPort
    int port;

    private WebClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = new WebClient(port);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    private HttpResponse<String> login(String email, String password) {
        return browser.signIn(email, password);
    }

    private HttpResponse<String> login(String email, String password, String origin) {
        return browser.signIn(email, password, origin);
    }

    @Autowired
    ArticleService articles;

    @Autowired
    RoutineService routines;

    @Test
    void demoArticlesAndRoutinesAreReadableOnH2() {
        List<ArticleCard> latest = articles.latestLive(6, false);
        assertThat(latest).isNotEmpty();
        assertThat(articles.findLive(latest.getFirst().slug(), false)).hasValueSatisfying(
                page -> assertThat(page.routines()).isNotEmpty());
        assertThat(articles.tagPage("foot-mobility", true)).hasValueSatisfying(
                page -> assertThat(page.routines()).isNotEmpty());
        assertThat(routines.latestLive(6, false)).isNotEmpty();
    }

    @Test
    void demoRunnerSignsInAndIsSentToTheStartPage() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);

        HttpResponse<String> response = login("runner@limber.test", "limber-demo");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
        assertThat(get("/start").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        HttpResponse<String> response = login("runner@limber.test", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void loginPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> response = login("runner@limber.test", "limber-demo", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/start").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void pagesCarrySecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void visitorsOpeningARunnerPageAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> today = get("/today");

        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(today.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void healthIsUpWithoutAMailServer() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
