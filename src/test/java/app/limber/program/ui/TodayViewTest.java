package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import app.limber.program.TodayService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TodayViewTest extends UiTest {

    @Autowired
    TodayService todayService;

    SessionFixtures fixtures;
    long coach;
    long sunSalute;
    long toeStretch;

    @BeforeEach
    void content() {
        fixtures = new SessionFixtures(jdbc);
        coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        sunSalute = fixtures.routine(coach, "Runner's Sun Salute", 60, -5);
        toeStretch = fixtures.routine(coach, "Post-run toe stretch", 90);
        clock.set(Instant.parse("2026-03-05T09:00:00Z"));
    }

    private long programOfTenDays(String title) {
        long program = fixtures.program(coach, title, 10);
        fixtures.days(program, 10, List.of(sunSalute, toeStretch), 3, 7);
        fixtures.day(program, 3, "Rest: an easy walk is fine.", List.of());
        return program;
    }

    @Test
    void withoutAProgramTheRunnerIsPointedToProgramsToJoin() {
        programOfTenDays("Back on track");
        loginAs(Role.RUNNER);
        navigateTo("today");

        assertThat(_get(Paragraph.class, spec -> spec.withText("You're not following a program yet."))).isNotNull();
        Anchor program = _get(Anchor.class, spec -> spec.withText("Back on track"));
        assertThat(program.getHref()).startsWith("/programs/back-on-track");
        assertThat(_get(Anchor.class, spec -> spec.withText("See all programs")).getHref()).isEqualTo("/programs");
    }

    @Test
    void aCardShowsTodaysSessionMissedDaysStreakAndProgress() {
        long program = programOfTenDays("Back on track");
        SignedInPerson runner = loginAs(Role.RUNNER);
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        // Days 1 and 4 done; 2 missed; 3 rest; today is day 5.
        complete(enrolment, runner, 1);
        complete(enrolment, runner, 4);

        navigateTo("today");

        Article card = _get(Article.class, spec -> spec.withClasses("enrolment-card"));
        assertThat(_get(card, H2.class).getElement().getTextRecursively()).isEqualTo("Back on track");
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("day-of")).getText()).isEqualTo("Day 5 of 10");
        assertThat(_get(card, H3.class).getText()).isEqualTo("Today · about 2 min 55 s");
        assertThat(_find(card, Span.class, spec -> spec.withText("Runner's Sun Salute"))).hasSize(1);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("streak")).getText()).isEqualTo("1 session in a row");
        // 2 of 8 practice days.
        assertThat(_get(card, Span.class, spec -> spec.withClasses("percent")).getText()).isEqualTo("25% done");
        assertThat(_get(card, ProgressBar.class).getValue()).isEqualTo(25.0);
        Details catchUp = _get(card, Details.class);
        assertThat(catchUp.getSummaryText()).isEqualTo("1 day to catch up");
        Anchor missed = _get(catchUp, Anchor.class);
        assertThat(missed.getText()).startsWith("Day 2 · Mon 2 Mar");
        assertThat(missed.getHref()).isEqualTo("session/" + enrolment + "-2");

        _click(_get(card, Button.class, spec -> spec.withText("Start session")));
        assertThat(currentPath()).isEqualTo("session/" + enrolment + "-5");
    }

    @Test
    void aDayThatPromptsASelfTestLinksToRecordingIt() {
        long program = programOfTenDays("Back on track");
        Long kneeToWall = jdbc.queryForObject("insert into self_tests (author_id, name, unit, created_at, updated_at)"
                + " values (?, 'Knee-to-wall', 'cm', now(), now()) returning id", Long.class, coach);
        Long dayFive = jdbc.queryForObject("select id from program_days where program_id = ? and day_number = 5",
                Long.class, program);
        jdbc.update("insert into program_day_self_tests (program_day_id, self_test_id) values (?, ?)", dayFive,
                kneeToWall);
        SignedInPerson runner = loginAs(Role.RUNNER);
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));

        navigateTo("today");

        Paragraph prompt = _get(Paragraph.class, spec -> spec.withClasses("self-test-prompt"));
        assertThat(prompt.getElement().getTextRecursively()).isEqualTo("Self-test today: Knee-to-wall · Record it");
        assertThat(_get(prompt, Anchor.class).getHref()).isEqualTo("progress?test=" + kneeToWall);
    }

    @Test
    void aRestDayShowsItsNoteAndNoStartButton() {
        long program = programOfTenDays("Back on track");
        SignedInPerson runner = loginAs(Role.RUNNER);
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-03"));
        clock.set(Instant.parse("2026-03-05T09:00:00Z"));

        navigateTo("today");

        assertThat(_get(H3.class).getText()).isEqualTo("Rest day");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Rest: an easy walk is fine."))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Start session"))).isEmpty();
    }

    @Test
    void pausedProgramsStaySmall() {
        long program = programOfTenDays("Back on track");
        SignedInPerson runner = loginAs(Role.RUNNER);
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        fixtures.pause(enrolment, LocalDate.parse("2026-03-02"));

        navigateTo("today");

        Article card = _get(Article.class, spec -> spec.withClasses("paused"));
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("day-of")).getText()).isEqualTo("Day 2 of 10");
        assertThat(_find(card, Button.class, spec -> spec.withText("Start session"))).isEmpty();

        // Resumed three days later, on day 2 again: the start date moved on by the days paused.
        _click(_get(card, Button.class, spec -> spec.withText("Resume")));
        // Resume says so, as Pause does.
        NotificationsKt.expectNotifications("Welcome back! You carry on from day 2.");
        Article resumed = _get(Article.class, spec -> spec.withClasses("enrolment-card"));
        assertThat(resumed.getClassNames()).doesNotContain("paused");
        assertThat(_get(resumed, Paragraph.class, spec -> spec.withClasses("day-of")).getText()).isEqualTo("Day 2 of 10");
        assertThat(_get(resumed, Button.class, spec -> spec.withText("Start session"))).isNotNull();
    }

    @Test
    void theGreetingUsesTheRunnersOwnTime() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        // 09:00 UTC; test accounts live in UTC.
        assertThat(_get(H1.class).getText()).startsWith("Good morning");
    }

    @Test
    void anotherRunnersProgramsNeverShow() {
        long program = programOfTenDays("Back on track");
        SignedInPerson other = accounts.create(Set.of(Role.RUNNER));
        fixtures.enrol(other.personId(), program, LocalDate.parse("2026-03-01"));
        loginAs(Role.RUNNER);

        navigateTo("today");

        assertThat(_find(Article.class, spec -> spec.withClasses("enrolment-card"))).isEmpty();
    }

    @Test
    void todayTakesTheSameFewStatementsForOneOrManyPrograms() {
        SignedInPerson runner = loginAs(Role.RUNNER);
        long first = fixtures.enrol(runner.personId(), programOfTenDays("Back on track"), LocalDate.parse("2026-03-01"));
        complete(first, runner, 1);
        long one = statementsDuring(() -> todayService.today());

        for (int i = 0; i < 4; i++) {
            long more = fixtures.enrol(runner.personId(), programOfTenDays("Program " + i), LocalDate.parse("2026-02-20"));
            complete(more, runner, 1);
            complete(more, runner, 2);
        }
        long five = statementsDuring(() -> todayService.today());

        assertThat(five).isEqualTo(one);
        assertThat(five).isLessThanOrEqualTo(5);
        assertThat(todayService.today().cards()).hasSize(5);
    }

    @Test
    void addToCalendarShowsASecretAddressOnceAndCanTurnItOff() {
        long program = programOfTenDays("Back on track");
        SignedInPerson runner = loginAs(Role.RUNNER);
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        navigateTo("today");

        _click(_get(Button.class, spec -> spec.withText("Add to calendar")));
        _click(_get(Button.class, spec -> spec.withText("Make address")));
        String address = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("feed-address")).getValue();
        assertThat(address).contains("/calendar/").endsWith(".ics");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("subscribe")).getHref())
                .isEqualTo(address.replaceFirst("^https?://", "webcal://"));
        assertThat(jdbc.queryForObject("select calendar_token_hash from enrolments", String.class)).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Turn off")));
        assertThat(jdbc.queryForObject("select calendar_token_hash from enrolments", String.class)).isNull();
        assertThat(_find(Button.class, spec -> spec.withText("Make address"))).hasSize(1);
    }

    private void complete(long enrolment, SignedInPerson runner, int day) {
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on)
                values (?, ?, ?, now(), current_date)""", enrolment, runner.personId(), day);
    }
}
