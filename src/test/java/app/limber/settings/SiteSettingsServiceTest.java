package app.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.ChangedBySomeoneElseException;
import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class SiteSettingsServiceTest extends IntegrationTest {

    @Autowired
    SiteSettingsService settings;

    @Autowired
    TestAccounts accounts;

    private static Settings renamed(Settings s, String name) {
        return new Settings(name, s.registrationOpen(), s.guestComments(), s.moderateAll(), s.holdLinkCount(),
                s.moderationWords(), s.disallowedWords(), s.mailSender(), s.version());
    }

    @Test
    void defaultsAreSafeAndAChangeIsInForceAtOnce() {
        Settings defaults = settings.current();
        assertThat(defaults.registrationOpen()).isFalse();
        assertThat(defaults.holdLinkCount()).isEqualTo(2);

        actAs(accounts.create(Set.of(Role.ADMIN)));
        settings.update(renamed(defaults, "Maya's Running Yoga"));
        assertThat(settings.current().siteName()).isEqualTo("Maya's Running Yoga");
    }

    @Test
    void settingsAreReadFromTheDatabaseOnceAndAChangeReplacesThemAtOnce() {
        settings.current();
        assertThat(statementsDuring(() -> {
            for (int i = 0; i < 100; i++) {
                assertThat(settings.siteName()).isEqualTo("Limber");
            }
        })).as("statements for 100 page titles").isZero();

        actAs(accounts.create(Set.of(Role.ADMIN)));
        settings.update(settings.current().withSiteName("Maya's Running Yoga"));

        assertThat(settings.siteName()).isEqualTo("Maya's Running Yoga");
    }

    @Test
    void onlyAdminsChangeSettingsAndStaleChangesAreRefused() {
        Settings loaded = settings.current();

        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> settings.update(renamed(loaded, "Mine"))).isInstanceOf(AccessDeniedException.class);

        actAs(accounts.create(Set.of(Role.ADMIN)));
        settings.update(renamed(loaded, "First"));
        assertThatThrownBy(() -> settings.update(renamed(loaded, "Second")))
                .isInstanceOf(ChangedBySomeoneElseException.class);
        assertThatThrownBy(() -> settings.update(renamed(settings.current(), " ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(settings.current().siteName()).isEqualTo("First");
    }
}
