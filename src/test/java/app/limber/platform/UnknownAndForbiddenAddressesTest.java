package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Real HTTP requests for addresses the app doesn't have, or that the person may not open: the status says so and
 * the page is Limber's own (rendered on the server with the first response), never the sign-in page for an address
 * that doesn't exist and never a bare "HTTP ERROR 403".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class UnknownAndForbiddenAddressesTest extends IntegrationTest {

    private static final String NOT_FOUND_TEXT = "The link may be mistyped or out of date";
    private static final String NOT_ALLOWED_TEXT = "If you think it should, ask an admin.";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signInAs(Role role) throws Exception {
        String email = accounts.create(Set.of(role)).email();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=secret-password";
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));
    }

    @Test
    void aVisitorGetsLimbersNotFoundPageForAnAddressThatDoesNotExist() throws Exception {
        for (String path : new String[] {"/no-such-page", "/articles", "/today/extra"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains(NOT_FOUND_TEXT, "Go to the home page");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as("security headers").isPresent();
        }
    }

    @Test
    void aSignedInRunnerGetsTheNotFoundPageWithTheWayToTheirStartPage() throws Exception {
        signInAs(Role.RUNNER);

        HttpResponse<String> page = get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(NOT_FOUND_TEXT, "Go to your start page");
        assertThat(get("/articles").statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedInRunnerGetsLimbersNotAllowedPageForTheAdminConsole() throws Exception {
        signInAs(Role.RUNNER);

        HttpResponse<String> page = get("/admin/settings");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(NOT_ALLOWED_TEXT, "Go to your start page");
        assertThat(get("/today").statusCode()).as("their own pages still open").isEqualTo(200);
    }

    @Test
    void visitorsAreStillAskedToSignInForPagesThatExist() throws Exception {
        HttpResponse<String> today = get("/today");

        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(today.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void addressesThatAControllerServesStayClosedAndOnlyPageRequestsAreLetThrough() throws Exception {
        HttpResponse<String> error = get("/error");
        assertThat(error.statusCode()).as("Spring's error controller").isEqualTo(302);
        assertThat(error.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/no-such-page")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(200).isNotEqualTo(404);
    }
}
