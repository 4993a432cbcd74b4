package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.AccountChangeRefusedException.Field;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@Import(TestAccounts.class)
class AccountServiceTest extends IntegrationTest {

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    SignedInPerson sam;

    @BeforeEach
    void signedInRunner() {
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        actAs(sam);
    }

    private void assertRefused(Field field, String message, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AccountChangeRefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(message);
        });
    }

    @Test
    void profileChangesAreStoredAndShownInTheOpenSession() {
        MyAccount updated = accountService.updateProfile("  Sam R.  ", "Europe/Helsinki");

        assertThat(updated).isEqualTo(new MyAccount("sam@example.test", "Sam R.", "Europe/Helsinki", true));
        assertThat(SignedInPerson.current().displayName()).isEqualTo("Sam R.");
        assertThat(people.findByEmail("sam@example.test").orElseThrow().getTimeZone()).isEqualTo("Europe/Helsinki");
    }

    @Test
    void unknownTimeZoneAndBlankNameAreRefusedAtTheirFields() {
        assertRefused(Field.TIME_ZONE, "time zone", () -> accountService.updateProfile("Sam", "Mars/Olympus"));
        assertRefused(Field.DISPLAY_NAME, "name", () -> accountService.updateProfile("  ", "UTC"));
        assertThat(accountService.myAccount().displayName()).isEqualTo("Sam Rivera");
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndFollowsThePolicy() {
        assertRefused(Field.CURRENT_PASSWORD, "current password",
                () -> accountService.changePassword("wrong", "a long walk after the run"));
        assertRefused(Field.NEW_PASSWORD, "at least 8", () -> accountService.changePassword("secret-password", "short"));
        assertRefused(Field.NEW_PASSWORD, "most common",
                () -> accountService.changePassword("secret-password", "Password123"));
        assertRefused(Field.NEW_PASSWORD, "at most 128",
                () -> accountService.changePassword("secret-password", "x".repeat(129)));

        accountService.changePassword("secret-password", "a long walk after the run 🏃");

        String hash = people.findByEmail("sam@example.test").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("a long walk after the run 🏃", hash)).isTrue();
        assertThat(passwordEncoder.matches("secret-password", hash)).isFalse();
    }

    @Test
    void emailChangeNeedsThePasswordAndAFreeAddress() {
        accounts.create("taken@example.test", "Taken", Set.of(Role.RUNNER));

        assertRefused(Field.CURRENT_PASSWORD, "current password",
                () -> accountService.changeEmail("wrong", "new@example.test"));
        assertRefused(Field.EMAIL, "already uses", () -> accountService.changeEmail("secret-password", "Taken@Example.test"));
        assertRefused(Field.EMAIL, "like name@example.com", () -> accountService.changeEmail("secret-password", "not an email"));

        MyAccount changed = accountService.changeEmail("secret-password", " New@Example.TEST ");
        assertThat(changed.email()).isEqualTo("new@example.test");
        assertThat(SignedInPerson.current().email()).isEqualTo("new@example.test");
    }

    @Test
    void nobodyCanUseItWithoutSigningIn() {
        forgetTheCallerNow();
        assertThatThrownBy(() -> accountService.myAccount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void forgetTheCallerNow() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
