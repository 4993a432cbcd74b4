package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.settings.Settings;
import app.limber.settings.SiteSettingsService;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

@Import(TestAccounts.class)
class RegistrationTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    private static final Pattern LINK = Pattern.compile("https://limber\\.example/confirm-email\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    RegistrationService registration;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    PersonDetailsService personDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestAccounts accounts;

    private void openRegistration(boolean open) {
        actAs(accounts.create(Set.of(Role.ADMIN)));
        Settings now = settings.current();
        settings.update(new Settings(now.siteName(), open, now.guestComments(), now.moderateAll(),
                now.holdLinkCount(), now.moderationWords(), now.disallowedWords(), now.mailSender(), now.version()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private void signIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(personDetails);
        provider.setPasswordEncoder(passwordEncoder);
        new ProviderManager(provider).authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private String confirmationToken() {
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("confirmation link in %s", body).isTrue();
        return link.group(1);
    }

    @Test
    void registrationIsRefusedWhileClosed() {
        assertThat(registration.isOpen()).isFalse();
        assertThatThrownBy(() -> registration.register("Sam", "sam@example.test", "calves before coffee"))
                .isInstanceOf(AccountChangeRefusedException.class).hasMessageContaining("closed");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aNewRunnerSignsInOnlyAfterConfirmingTheirEmail() {
        openRegistration(true);
        registration.register("Sam Rivera", "Sam@Example.test", "calves before coffee");

        assertThatThrownBy(() -> signIn("sam@example.test", "calves before coffee")).isInstanceOf(DisabledException.class);
        String token = confirmationToken();
        assertThat(registration.confirm(token)).isTrue();
        signIn("sam@example.test", "calves before coffee");
        assertThat(((SignedInPerson) personDetails.loadUserByUsername("sam@example.test")).roles())
                .containsExactly(Role.RUNNER);
        assertThat(registration.confirm(token)).as("single use").isFalse();
    }

    @Test
    void confirmationLinksExpireAfterADay() {
        openRegistration(true);
        registration.register("Sam Rivera", "sam@example.test", "calves before coffee");
        clock.advance(Duration.ofHours(24));
        assertThat(registration.confirm(confirmationToken())).isFalse();
    }

    @Test
    void anEmailThatAlreadyHasAnAccountLooksTheSameButGetsANoteInstead() {
        accounts.create("taken@example.test", "Taken Runner", Set.of(Role.RUNNER));
        openRegistration(true);

        registration.register("Someone", "taken@example.test", "calves before coffee");

        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("already");
        assertThat(jdbc.queryForObject("select count(*) from people where email = 'taken@example.test'", Long.class))
                .isEqualTo(1);
        signIn("taken@example.test", "secret-password");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        openRegistration(true);
        assertThatThrownBy(() -> registration.register(" ", "sam@example.test", "calves before coffee"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(AccountChangeRefusedException.Field.DISPLAY_NAME));
        assertThatThrownBy(() -> registration.register("Sam", "sam", "calves before coffee"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(AccountChangeRefusedException.Field.EMAIL));
        assertThatThrownBy(() -> registration.register("Sam", "sam@example.test", "password1"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(AccountChangeRefusedException.Field.NEW_PASSWORD));
        assertThat(jdbc.queryForObject("select count(*) from people where email = 'sam@example.test'", Long.class))
                .isZero();
    }
}
