package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Forgot password, end to end through a real (in-process) SMTP server. */
@Import(TestAccounts.class)
class PasswordResetTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    private static final Pattern LINK = Pattern.compile("https://limber\\.example/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    PasswordResetService passwordReset;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessionRegistry;

    SignedInPerson sam;

    @BeforeEach
    void runnerWithAnAccount() {
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
    }

    private String tokenFromTheEmail() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        String body = GreenMailUtil.getBody(received[0]).replace("=\r\n", "");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("email contains the reset link: %s", body).isTrue();
        return link.group(1);
    }

    @Test
    void aRequestSendsAOneTimeLinkWithEnoughRandomness() throws Exception {
        passwordReset.requestReset("  SAM@example.test ");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sam@example.test");
        assertThat(mail.getSubject()).isEqualTo("Set a new password for Limber");
        String token = tokenFromTheEmail();
        assertThat(token.length() * 6).as("bits of randomness").isGreaterThanOrEqualTo(128);
        assertThat(jdbc.queryForList("select token_hash from one_time_links", String.class))
                .as("only the hash is stored").containsExactly(OneTimeLinks.hash(token)).doesNotContain(token);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndANoteThatItHasNoAccount() throws Exception {
        passwordReset.requestReset("nobody@example.test");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nobody@example.test");
            assertThat(mail.getSubject()).isEqualTo("Set a new Limber password");
        });
        assertThat(GreenMailUtil.getBody(received[0]).replace("=\r\n", ""))
                .contains("there is no account with it that can sign in", "https://limber.example/forgot-password")
                .doesNotContain("reset-password");
        assertThat(jdbc.queryForObject("select count(*) from one_time_links", Long.class)).isZero();
    }

    @Test
    void somethingThatIsNotAnEmailAddressGetsNoMail() {
        passwordReset.requestReset("nobody at example");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsOtherSessions() {
        sessionRegistry.registerNewSession("phone-session", sam);
        passwordReset.requestReset("sam@example.test");
        String token = tokenFromTheEmail();

        passwordReset.resetPassword(token, "calves before coffee");

        String hash = people.findByEmail("sam@example.test").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("calves before coffee", hash)).isTrue();
        SessionInformation phone = sessionRegistry.getSessionInformation("phone-session");
        assertThat(phone.isExpired()).as("the session on the phone ends").isTrue();
        assertThatThrownBy(() -> passwordReset.resetPassword(token, "another good password"))
                .isInstanceOf(AccountChangeRefusedException.class).hasMessageContaining("already used");
        assertThat(passwordReset.isUsable(token)).isFalse();
    }

    @Test
    void theLinkExpiresAfterThirtyMinutes() {
        passwordReset.requestReset("sam@example.test");
        String token = tokenFromTheEmail();

        clock.advance(Duration.ofMinutes(29));
        assertThat(passwordReset.isUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(passwordReset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> passwordReset.resetPassword(token, "calves before coffee"))
                .isInstanceOf(AccountChangeRefusedException.class).hasMessageContaining("expired");
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
        passwordReset.requestReset("sam@example.test");
        String token = tokenFromTheEmail();

        assertThatThrownBy(() -> passwordReset.resetPassword(token, "password1"))
                .isInstanceOf(AccountChangeRefusedException.class).hasMessageContaining("most common");
        assertThat(passwordReset.isUsable(token)).isTrue();
    }

    @Test
    void disabledAccountsGetNoLink() {
        jdbc.update("update people set enabled = false");
        passwordReset.requestReset("sam@example.test");
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(GreenMailUtil.getBody(mail)).doesNotContain("reset-password"));
        assertThat(jdbc.queryForObject("select count(*) from one_time_links", Long.class)).isZero();
    }

    @Test
    void theEmailNamesTheSiteAsTheAdminNamedIt(@Autowired app.limber.settings.SiteSettingsService settings)
            throws Exception {
        actAs(accounts.create(Set.of(Role.ADMIN)));
        settings.update(settings.current().withSiteName("Maya's Running Yoga"));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        passwordReset.requestReset("sam@example.test");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Set a new password for Maya's Running Yoga");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", ""))
                .contains("your account at Maya's Running Yoga").doesNotContain("Limber account");
    }

    @Test
    void mailComesFromTheSenderSetInTheAdminSettings(@Autowired app.limber.settings.SiteSettingsService settings)
            throws Exception {
        actAs(accounts.create(Set.of(Role.ADMIN)));
        var now = settings.current();
        settings.update(new app.limber.settings.Settings(now.siteName(), now.registrationOpen(), now.guestComments(),
                now.moderateAll(), now.holdLinkCount(), now.moderationWords(), now.disallowedWords(),
                "Maya's Running Yoga <hello@maya.example>", now.version()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        passwordReset.requestReset("sam@example.test");

        assertThat(smtp.getReceivedMessages()[0].getFrom()[0].toString()).contains("hello@maya.example");
    }
}
