package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import app.limber.program.SessionReminders;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder setting on Today, and the page the email's unsubscribe link opens without signing in. */
class RemindersViewTest extends UiTest {

    @Autowired
    SessionReminders reminders;

    SignedInPerson runner;

    @BeforeEach
    void aRunnerInAProgram() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long routine = fixtures.routine(coach, "Sun salutation", 60);
        long program = fixtures.program(coach, "Back on track", 10);
        fixtures.days(program, 10, List.of(routine));
        clock.set(Instant.parse("2026-06-02T05:00:00Z"));
        runner = loginAs(Role.RUNNER);
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-01"));
    }

    /** Sets the value as a person would in the browser (a value change "from the client"). */
    private static <C extends AbstractField<C, V>, V> void asFromTheBrowser(C field, V value) {
        V old = field.getValue();
        field.setValue(value);
        ComponentUtil.fireEvent(field, new AbstractField.ComponentValueChangeEvent<>(field, field, old, true));
    }

    private LocalTime stored() {
        return jdbc.queryForObject("select remind_at from session_reminders", LocalTime.class);
    }

    @Test
    void turningRemindersOnAndChangingTheTimeOnTodayIsSavedAtOnce() {
        navigateTo("today");
        ReminderSettings settings = _get(ReminderSettings.class);
        assertThat(settings.enabled.getValue()).isFalse();
        assertThat(settings.time.getValue()).isEqualTo(LocalTime.of(7, 0));

        asFromTheBrowser(settings.enabled, true);
        assertThat(stored()).isEqualTo(LocalTime.of(7, 0));
        asFromTheBrowser(settings.time, LocalTime.of(6, 30));
        assertThat(stored()).isEqualTo(LocalTime.of(6, 30));

        navigateTo("progress");
        navigateTo("today");
        assertThat(_get(ReminderSettings.class).enabled.getValue()).isTrue();
        assertThat(_get(ReminderSettings.class).time.getValue()).isEqualTo(LocalTime.of(6, 30));
    }

    @Test
    void theLinkInTheEmailStopsRemindersWithoutSigningIn() {
        reminders.remindMeAt(LocalTime.of(7, 0));
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        String body = jdbc.queryForObject("select body from mail_outbox", String.class);
        String link = body.substring(body.indexOf("http")).lines().filter(line -> line.contains("reminders/stop"))
                .findFirst().orElseGet(() -> body.substring(body.indexOf("http", body.indexOf("Stop these"))))
                .strip();
        logout();

        navigateTo(link.substring(link.indexOf("reminders/stop")));
        assertThat(jdbc.queryForObject("select count(*) from session_reminders", Integer.class))
                .as("opening the page changes nothing").isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Stop reminders")));

        assertThat(_get(H1.class).getText()).isEqualTo("Reminders stopped");
        assertThat(jdbc.queryForObject("select count(*) from session_reminders", Integer.class)).isZero();
    }

    @Test
    void aTamperedLinkStopsNothing() {
        reminders.remindMeAt(LocalTime.of(7, 0));
        logout();

        navigateTo("reminders/stop?token=" + runner.personId() + ".forged");
        _click(_get(Button.class, spec -> spec.withText("Stop reminders")));

        assertThat(_get(H1.class).getText()).isEqualTo("This link doesn't work");
        assertThat(jdbc.queryForObject("select count(*) from session_reminders", Integer.class)).isEqualTo(1);
    }
}
