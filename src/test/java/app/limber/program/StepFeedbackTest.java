package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.program.SessionService.StepKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** A runner marks steps of a session "too hard" or "felt good": one mark per step and session, changeable. */
@Import(TestAccounts.class)
class StepFeedbackTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SessionService sessions;

    SignedInPerson runner;
    long routine;
    long enrolment;

    @BeforeEach
    void aRunnerOnDayTwoOfAProgram() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        routine = fixtures.routine(coach, "Toe stretch", 30, 45, -5);
        long program = fixtures.program(coach, "Back on track", 10);
        fixtures.days(program, 10, List.of(routine));
        runner = accounts.create(Set.of(Role.RUNNER));
        enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-01"));
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));
        actAs(runner);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from step_feedback", Integer.class);
    }

    @Test
    void aMarkIsKeptPerStepAndCanBeChangedOrTakenBack() {
        StepKey second = new StepKey(routine, 1);
        sessions.markStep(enrolment, 2, second, StepVerdict.TOO_HARD);
        sessions.markStep(enrolment, 2, new StepKey(routine, 0), StepVerdict.FELT_GOOD);
        sessions.markStep(enrolment, 2, second, StepVerdict.FELT_GOOD);

        assertThat(sessions.stepMarks(enrolment, 2)).isEqualTo(Map.of(second, StepVerdict.FELT_GOOD,
                new StepKey(routine, 0), StepVerdict.FELT_GOOD));
        assertThat(sessions.open(enrolment, 2).marks()).as("the marks the player opens with")
                .isEqualTo(sessions.stepMarks(enrolment, 2));
        assertThat(rows()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select step_name from step_feedback where step_index = 1", String.class))
                .isEqualTo("Toe stretch step 2");
        assertThat(sessions.stepMarks(enrolment, 1)).as("another day's session").isEmpty();

        sessions.markStep(enrolment, 2, second, null);

        assertThat(sessions.stepMarks(enrolment, 2)).containsOnlyKeys(new StepKey(routine, 0));
        assertThat(sessions.open(enrolment, 1).marks()).as("another day's session, as the player opens it").isEmpty();
    }

    @Test
    void aStepTheDayDoesNotHaveOrADayNotOpenYetIsRefused() {
        assertThatThrownBy(() -> sessions.markStep(enrolment, 2, new StepKey(routine, 3), StepVerdict.TOO_HARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such step");
        assertThatThrownBy(() -> sessions.markStep(enrolment, 2, new StepKey(routine + 99, 0), StepVerdict.TOO_HARD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.markStep(enrolment, 5, new StepKey(routine, 0), StepVerdict.TOO_HARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opens on");
        assertThat(rows()).isZero();
    }

    @Test
    void nobodyElseCanMarkOrReadARunnersSteps() {
        sessions.markStep(enrolment, 2, new StepKey(routine, 0), StepVerdict.TOO_HARD);
        actAs(accounts.create(Set.of(Role.RUNNER)));

        assertThatThrownBy(() -> sessions.markStep(enrolment, 2, new StepKey(routine, 0), StepVerdict.FELT_GOOD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.stepMarks(enrolment, 2)).as("reads only the caller's own marks").isEmpty();
        assertThat(jdbc.queryForObject("select verdict from step_feedback", String.class)).isEqualTo("TOO_HARD");
    }
}
