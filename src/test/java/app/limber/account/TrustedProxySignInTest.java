package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Behind a proxy the operator trusts (here: this machine), the forwarded client address is the one throttled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "limber.trusted-proxies=127.0.0.1/32, ::1/128")
@Import(TestAccounts.class)
class TrustedProxySignInTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void runner() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
    }

    private String signIn(String password, String forwardedFor) throws Exception {
        return LoginThrottleTest.signIn(port, "sam@example.test", password, forwardedFor);
    }

    private Set<String> recordedAddresses() {
        return Set.copyOf(jdbc.queryForList("select distinct ip from login_attempts", String.class));
    }

    @Test
    void theForwardedAddressOfATrustedProxyIsRecorded() throws Exception {
        assertThat(signIn("secret-password", "198.51.100.7")).isEqualTo("/start");
        assertThat(recordedAddresses()).containsExactly("198.51.100.7");
    }

    @Test
    void onlyTheHopTheTrustedProxyAddedCountsNotWhatTheClientWroteBeforeIt() throws Exception {
        assertThat(signIn("wrong", "10.9.8.7, 198.51.100.7")).isEqualTo("/login?error");
        assertThat(recordedAddresses()).containsExactly("198.51.100.7");
    }

    @Test
    void sixWrongPasswordsLockTheAccountEvenWithANewAddressEachTime() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn("guess-" + i, "203.0.113." + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("guess-6", "203.0.113.6")).isEqualTo("/login?error=wait");
        assertThat(signIn("secret-password", "203.0.113.7")).as("the right password from yet another address")
                .isEqualTo("/login?error=wait");
        assertThat(jdbc.queryForObject("select count(*) from login_attempts where outcome = 'FAILED'", Long.class))
                .as("no guess after the fifth reached the password check").isEqualTo(5);
    }
}
