package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.net.http.HttpResponse;
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
 * "HTTP ERROR 403".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class UnknownAndForbiddenAddressesTest extends IntegrationTest {

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
     * Whether this is Limber's own page: the app's shell (its stylesheet and description), whose content Vaadin then
     * builds in the browser with NotFoundView or AccessDeniedView (their content is checked in ErrorViewsTest).
     */
    private static void assertLimbersPage(HttpResponse<String> page) {
        assertThat(page.body()).contains("styles/limber.css", "Yoga for runners: mobility routines");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("security headers").isPresent();
    }

    private void signInAs(Role role) {
        HttpResponse<String> login = browser.signIn(accounts.create(Set.of(role)).email(), "secret-password");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));
    }

    @Test
    void aVisitorGetsLimbersNotFoundPageForAnAddressThatDoesNotExist() {
        for (String path : new String[] {"/no-such-page", "/studio-of-nobody", "/today/extra"}) {
            HttpResponse<String> page = browser.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertLimbersPage(page);
        }
    }

    @Test
    void aSignedInRunnerGetsTheNotFoundPageWithTheWayToTheirStartPage() {
        signInAs(Role.RUNNER);

        HttpResponse<String> page = browser.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertLimbersPage(page);
        assertThat(browser.get("/articles/no-such-article").statusCode()).isEqualTo(404);
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

        assertThat(browser.post("/no-such-page").statusCode()).isNotEqualTo(200).isNotEqualTo(404);
    }
}
