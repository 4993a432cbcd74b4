package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.TestAccounts;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The security headers of Vaadin's application pages and of pages Vaadin doesn't serve, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class SecurityHeadersTest extends IntegrationTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{20,})'");

    @LocalServerPort
    int port;

    private String csp(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    private static String scriptSrc(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith("script-src ")) {
                return directive.trim();
            }
        }
        throw new AssertionError("no script-src in " + policy);
    }

    @Test
    void pagesVaadinDoesNotServeGetTheStrictPolicyWithAFreshNonceEachTime() {
        WebClient browser = new WebClient(port);
        HttpResponse<String> first = browser.get("/error");
        HttpResponse<String> second = browser.get("/error");

        for (HttpResponse<String> page : java.util.List.of(first, second)) {
            String scripts = scriptSrc(csp(page));
            assertThat(scripts).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:");
            assertThat(csp(page)).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
        }
        Matcher one = NONCE.matcher(csp(first));
        Matcher two = NONCE.matcher(csp(second));
        assertThat(one.find()).as("a nonce for the page's own scripts").isTrue();
        assertThat(two.find()).isTrue();
        assertThat(one.group(1)).isNotEqualTo(two.group(1));
    }

    @Test
    void vaadinPagesGetTheApplicationPolicyWhichVaadinsClientEngineNeeds() {
        for (String path : new String[] {"/login", "/no-such-page"}) {
            String policy = csp(new WebClient(port).get(path));
            assertThat(scriptSrc(policy)).as(path).contains("'unsafe-eval'");
            assertThat(policy).as(path).contains("object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        }
    }

    @Test
    void everyPageRefusesUnusedBrowserFeaturesAndKeepsItsWindowToItself() {
        for (String path : new String[] {"/login", "/error"}) {
            HttpResponse<String> page = new WebClient(port).get(path);
            assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).as(path).hasValue("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
        }
    }
}
