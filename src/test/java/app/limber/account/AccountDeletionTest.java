package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Delete my account", and the notification preference on the account page. */
@Import(TestAccounts.class)
class AccountDeletionTest extends IntegrationTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AuditLogQuery audit;

    @Autowired
    PersonDetailsService personDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    TestAccounts accounts;

    SignedInPerson sam;

    @BeforeEach
    void runner() {
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        jdbc.update("""
                insert into login_attempts (email, person_id, ip, outcome, attempted_at)
                values ('sam@example.test', ?, '198.51.100.7', 'SUCCEEDED', now())""", sam.personId());
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, 'PUBLISHED', now(), now())""",
                accounts.create(Set.of(Role.INSTRUCTOR)).personId());
        jdbc.update("""
                insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                values (?, 900, current_date, 'ACTIVE', now(), now())""", sam.personId());
        actAs(sam);
    }

    private void signIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(personDetails);
        provider.setPasswordEncoder(passwordEncoder);
        new ProviderManager(provider).authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        assertThatThrownBy(() -> accountService.deleteMyAccount("not my password"))
                .isInstanceOf(AccountChangeRefusedException.class);
        signIn("sam@example.test", "secret-password");
    }

    @Test
    void deletingMyAccountEndsSignInsAndRemovesMyData() {
        sessionRegistry.registerNewSession("sam-phone", sam);
        jdbc.update("""
                insert into audit_events (occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                    subject_label, details)
                values (now(), ?, 'Sam Rivera', 'signin.succeeded', 'person', ?, 'sam@example.test', 'from 198.51.100.7'),
                    (now(), null, 'sam@example.test', 'signin.failed', 'person', null, 'sam@example.test', 'from 198.51.100.7')
                """, sam.personId(), sam.personId());

        accountService.deleteMyAccount("secret-password");

        assertThatThrownBy(() -> signIn("sam@example.test", "secret-password"))
                .isInstanceOf(AuthenticationException.class);
        assertThat(sessionRegistry.getSessionInformation("sam-phone").isExpired()).isTrue();
        var row = jdbc.queryForMap("select email, display_name, enabled, notify_new_comments from people where id = ?",
                sam.personId());
        assertThat(row.get("display_name")).isEqualTo("Former member");
        assertThat((String) row.get("email")).doesNotContain("sam").endsWith("@deleted.invalid");
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(jdbc.queryForObject("select count(*) from person_roles where person_id = ?", Long.class,
                sam.personId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from enrolments where person_id = ?", Long.class,
                sam.personId())).as("progress is removed").isZero();

        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThat(audit.page(AuditFilter.none(), PageRequest.of(0, 10))).as("sign-ins go with the history")
                .singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("account.deleted");
            assertThat(entry.actorName()).isEqualTo("Sam Rivera");
        });
    }

    @Test
    void theCommentEmailPreferenceIsMine() {
        assertThat(accountService.wantsCommentEmails()).isTrue();
        accountService.setWantsCommentEmails(false);
        assertThat(accountService.wantsCommentEmails()).isFalse();
        assertThat(jdbc.queryForObject("select notify_new_comments from people where id = ?", Boolean.class,
                sam.personId())).isFalse();
    }
}
