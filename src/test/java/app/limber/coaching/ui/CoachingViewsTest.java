package app.limber.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import app.limber.platform.ui.AccessDeniedView;
import app.limber.progress.ui.SelfTestHistoryChart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The studio home's dashboard and the runner page, as an instructor opens them. */
class CoachingViewsTest extends UiTest {

    SignedInPerson coach;
    SignedInPerson runner;

    @BeforeEach
    void aRunnerWhoLeftANote() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        coach = accounts.create(Set.of(Role.INSTRUCTOR));
        runner = accounts.create("sam@example.test", "Sam Runner", Set.of(Role.RUNNER));
        long routine = fixtures.routine(coach.personId(), "Sun salutation", 120);
        long program = fixtures.program(coach.personId(), "Back on track", 10);
        fixtures.days(program, 10, List.of(routine));
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-01"));
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                    practised_seconds, feel, note) values (?, ?, 1, ?, ?, 120, 2, '<b>Calves</b> were tight')""",
                enrolment, runner.personId(), Timestamp.from(Instant.parse("2026-06-01T07:00:00Z")),
                LocalDate.parse("2026-06-01"));
        jdbc.update("""
                insert into self_tests (author_id, name, unit, created_at, updated_at) values (?, 'Knee to wall', 'cm',
                    now(), now())""", coach.personId());
        jdbc.update("""
                insert into self_test_results (self_test_id, person_id, measured_value, side, measured_on, created_at)
                select id, ?, 7.5, 'BOTH', date '2026-06-01', now() from self_tests""", runner.personId());
        clock.set(Instant.parse("2026-06-05T12:00:00Z"));
    }

    @Test
    void theStudioHomeShowsTheProgramsBoardWithTheRunnersNoteAsText() {
        loginAs(coach);
        navigateTo("studio");

        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("recent-feedback")).getElement()
                .getTextRecursively()).contains("Sam Runner", "day 1", "2 · Tough", "<b>Calves</b> were tight");
        assertThat(_find(Anchor.class, spec -> spec.withText("Sam Runner"))).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getHref()).isEqualTo("studio/runners/" + runner.personId()));
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("falling-behind")).getElement()
                .getTextRecursively()).contains("3 days missed", "on day 5");
    }

    @Test
    void theRunnerPageShowsThePracticeLogAndSelfTestCharts() {
        loginAs(coach);
        navigateTo("studio/runners/" + runner.personId());

        assertThat(_get(H1.class).getText()).isEqualTo("Sam Runner");
        assertThat(_find(NativeTable.class, spec -> spec.withClasses("coaching-table")))
                .extracting(table -> table.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Sessions Sam Runner finished, newest first","1 Jun 2026", "Back on track", "Tough", "<b>Calves</b> were tight"));
        assertThat(_get(SelfTestHistoryChart.class).drawnJson()).contains("\"y\":[7.5");
    }

    @Test
    void anotherInstructorGetsTheNotAllowedPage() {
        loginAs(Role.INSTRUCTOR);

        assertThat(navigateTo("studio/runners/" + runner.personId())).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withText("<b>Calves</b> were tight"))).isEmpty();
    }
}
