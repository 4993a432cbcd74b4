package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Sign-in attempts through the real login form post: recorded, and throttled after repeated failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class LoginThrottleTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void runner() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
    }

    /** Where the login post sends the browser: /start on success, /login?error or /login?error=wait otherwise. */
    private String signIn(String email, String password) throws Exception {
        return signIn(email, password, null);
    }

    private String signIn(String email, String password, String forwardedFor) throws Exception {
        return signIn(port, email, password, forwardedFor);
    }

    /** The same, on any port, with an {@code X-Forwarded-For} header as a client (or a proxy) may send. */
    static String signIn(int port, String email, String password, String forwardedFor) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<Void> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf('/', "http://".length()));
    }

    private long recorded(String outcome) {
        return jdbc.queryForObject("select count(*) from login_attempts where outcome = ?", Long.class, outcome);
    }

    private void failuresFromElsewhere(String email, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into login_attempts (email, ip, outcome, attempted_at) values (?, ?, 'FAILED', ?)",
                    email, "203.0.113." + i, Timestamp.from(clock.instant().minusSeconds(60)));
        }
    }

    @Test
    void everyAttemptIsRecordedWithItsOutcome() throws Exception {
        assertThat(signIn("sam@example.test", "wrong")).isEqualTo("/login?error");
        assertThat(signIn("Sam@Example.test", "secret-password")).isEqualTo("/start");

        assertThat(recorded("FAILED")).isEqualTo(1);
        assertThat(recorded("SUCCEEDED")).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct email from login_attempts", String.class))
                .containsExactly("sam@example.test");
        assertThat(jdbc.queryForObject("select count(*) from login_attempts where person_id is not null", Long.class))
                .isEqualTo(2);
    }

    @Test
    void signInsSuccessfulOrNotAreInTheAuditLogWithTheAddressAndTheEmailTried() throws Exception {
        long sam = jdbc.queryForObject("select id from people where email = 'sam@example.test'", Long.class);
        signIn("Sam@Example.test", "wrong");
        signIn("nobody@example.test", "a guess");
        signIn("sam@example.test", "secret-password");

        var entries = jdbc.queryForList("select action, actor_id, actor_name, subject_type, subject_id, subject_label,"
                + " details from audit_events order by id");
        assertThat(entries).extracting(row -> row.get("action"))
                .containsExactly("signin.failed", "signin.failed", "signin.succeeded");
        assertThat(entries.get(0)).containsEntry("actor_id", null).containsEntry("actor_name", "sam@example.test")
                .containsEntry("subject_type", "person").containsEntry("subject_id", sam)
                .containsEntry("subject_label", "sam@example.test");
        assertThat((String) entries.get(0).get("details")).matches("from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        assertThat(entries.get(1)).as("an unknown email refers to no person").containsEntry("subject_id", null)
                .containsEntry("actor_name", "nobody@example.test")
                .containsEntry("subject_label", "nobody@example.test");
        assertThat(entries.get(2)).containsEntry("actor_id", sam).containsEntry("actor_name", "Sam Rivera")
                .containsEntry("subject_id", sam);
    }

    @Test
    void fiveFailuresFromOneAddressMakeItWaitEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("sam@example.test", "guess-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/login?error=wait");
        assertThat(recorded("THROTTLED")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn("sam@example.test", "secret-password")).as("the window has passed").isEqualTo("/start");
    }

    @Test
    void unknownEmailsAreThrottledExactlyLikeKnownOnes() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("nobody@example.test", "guess-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("nobody@example.test", "guess-6")).isEqualTo("/login?error=wait");
    }

    @Test
    void guessingFromOtherAddressesCannotLockTheOwnerOutOfAnAddressTheySignedInFromBefore() throws Exception {
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/start");
        failuresFromElsewhere("sam@example.test", 19);
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/start");
    }

    @Test
    void fiveFailuresFromAnywhereMakeNewAddressesWait() throws Exception {
        failuresFromElsewhere("sam@example.test", 5);
        assertThat(signIn("sam@example.test", "secret-password")).as("never signed in from here")
                .isEqualTo("/login?error=wait");

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn("sam@example.test", "secret-password")).as("the window has passed").isEqualTo("/start");
    }

    @Test
    void aMadeUpForwardedAddressFromAnUntrustedPeerIsIgnored() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("sam@example.test", "guess-" + i, "10.9.8." + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("sam@example.test", "secret-password", "10.9.8.7")).isEqualTo("/login?error=wait");
        assertThat(jdbc.queryForList("select distinct ip from login_attempts", String.class))
                .as("the socket address is recorded, not the made-up one").allMatch(ip -> !ip.startsWith("10.9.8."))
                .hasSize(1);
    }

    @Test
    void manyFailuresFromEverywhereSlowEachAddressToOneTryPer30Seconds() throws Exception {
        assertThat(signIn("sam@example.test", "secret-password")).as("the owner's usual address").isEqualTo("/start");
        failuresFromElsewhere("sam@example.test", 20);

        assertThat(signIn("sam@example.test", "typo")).as("first try from this address").isEqualTo("/login?error");
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/login?error=wait");
        clock.advance(Duration.ofSeconds(10));
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/login?error=wait");

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn("sam@example.test", "secret-password")).isEqualTo("/start");
        assertThat(recorded("THROTTLED")).isEqualTo(2);
    }
}
