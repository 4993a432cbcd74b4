package app.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.ChangedBySomeoneElseException;
import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
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

    @Autowired
    SiteSettingsRepository repository;

    @Autowired
    Validator validator;

    /** A second node on the same database: its own service and cache, on the test's clock (moved by hand). */
    private SiteSettingsService otherNode() {
        return new SiteSettingsService(repository, validator, clock);
    }

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
    void aChangeOnOneNodeIsInForceOnAnotherWithinHalfASecond() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        SiteSettingsService nodeB = otherNode();
        assertThat(nodeB.siteName()).isEqualTo("Limber");

        actAs(accounts.create(Set.of(Role.ADMIN)));
        settings.update(settings.current().withSiteName("Maya's Running Yoga"));
        assertThat(SiteSettingsService.FRESH_FOR).isLessThanOrEqualTo(Duration.ofSeconds(1));

        clock.advance(SiteSettingsService.FRESH_FOR.minusMillis(1));
        assertThat(nodeB.siteName()).as("node B's copy, just before it expires").isEqualTo("Limber");
        clock.advance(Duration.ofMillis(1));
        assertThat(nodeB.siteName()).as("node B, FRESH_FOR after it read the settings").isEqualTo("Maya's Running Yoga");
    }

    @Test
    void aNodeReadsTheSettingsAtMostOncePerFreshnessPeriodHoweverBusy() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        SiteSettingsService node = otherNode();
        assertThat(statementsDuring(() -> {
            for (int i = 0; i < 100; i++) {
                node.siteName();
                clock.advance(SiteSettingsService.FRESH_FOR.dividedBy(10));
            }
        })).as("statements for 100 page titles over ten freshness periods").isEqualTo(10);
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
