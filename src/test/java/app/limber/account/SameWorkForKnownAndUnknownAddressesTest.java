package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import app.limber.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Whether an address has an account must not show in how long the answer takes (issue 14): the forms do the same
 * costly work either way. Timings are noisy, so the work itself is counted: password hashes, emails put into the
 * outbox, and mail server conversations while the person waits (none: mail leaves in the background).
 */
@Import(TestAccounts.class)
class SameWorkForKnownAndUnknownAddressesTest extends IntegrationTest {

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @MockitoSpyBean
    JavaMailSender mailSender;

    @Autowired
    PasswordResetService passwordReset;

    @Autowired
    RegistrationService registration;

    @Autowired
    InvitationService invitations;

    @Autowired
    TestAccounts accounts;

    /** What one request cost: password hashes computed, emails queued, SMTP calls made. */
    private record Work(long hashes, long emailsQueued, long smtpCalls) {
    }

    private Work workOf(Runnable request) {
        clearInvocations(passwordEncoder, mailSender);
        long queuedBefore = queued();
        request.run();
        return new Work(mockingDetails(passwordEncoder).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("encode")).count(),
                queued() - queuedBefore, mockingDetails(mailSender).getInvocations().size());
    }

    private long queued() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
    }

    @BeforeEach
    void aMemberAndOpenRegistration() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        jdbc.update("insert into site_settings (id, registration_open, updated_at) values (1, true, now())");
    }

    @Test
    void forgotPasswordDoesTheSameWorkForKnownAndUnknownAddresses() {
        Work known = workOf(() -> passwordReset.requestReset("sam@example.test"));
        Work unknown = workOf(() -> passwordReset.requestReset("nobody@example.test"));

        assertThat(known).isEqualTo(unknown).isEqualTo(new Work(0, 1, 0));
    }

    @Test
    void registrationDoesTheSameWorkForKnownAndNewAddresses() {
        Work known = workOf(() -> registration.register("Someone", "sam@example.test", "calves before coffee"));
        Work fresh = workOf(() -> registration.register("Jo Park", "jo@example.test", "calves before coffee"));

        assertThat(known).isEqualTo(fresh).isEqualTo(new Work(1, 1, 0));
    }

    @Test
    void anInvitationAnswersWithoutWaitingForTheMailServer() {
        actAs(accounts.create(Set.of(Role.ADMIN)));

        Work invited = workOf(() -> assertThat(invitations.invite("lee@example.test", "Lee Novak").result())
                .isEqualTo(InvitationService.Result.CREATED));
        Work member = workOf(() -> assertThat(invitations.invite("sam@example.test", "Sam").result())
                .as("admins are told, so there is nothing to hide from them")
                .isEqualTo(InvitationService.Result.ALREADY_EXISTS));

        assertThat(invited).isEqualTo(new Work(0, 1, 0));
        assertThat(member).isEqualTo(new Work(0, 0, 0));
    }
}
