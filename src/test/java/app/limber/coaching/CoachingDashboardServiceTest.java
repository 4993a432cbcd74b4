package app.limber.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.coaching.Dashboard.ProgramBoard;
import app.limber.content.Side;
import app.limber.program.SessionFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The instructor's dashboard: its numbers, whose programs it covers, time zones, and its statement count. */
@Import(TestAccounts.class)
class CoachingDashboardServiceTest extends IntegrationTest {

    private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoachingDashboardService dashboards;

    @Autowired
    app.limber.program.SessionService stepMarks;

    SessionFixtures sessions;
    CoachingFixtures coaching;
    SignedInPerson coach;
    long routine;
    long program;

    @BeforeEach
    void aTenDayProgramWithRestOnDayFive() {
        sessions = new SessionFixtures(jdbc);
        coaching = new CoachingFixtures(jdbc);
        coach = accounts.create(Set.of(Role.INSTRUCTOR));
        routine = sessions.routine(coach.personId(), "Sun salutation", 120);
        program = sessions.program(coach.personId(), "Ten days", 10);
        sessions.days(program, 10, List.of(routine), 5);
    }

    private SignedInPerson runnerIn(String zone) {
        SignedInPerson person = accounts.create(Set.of(Role.RUNNER));
        return new SignedInPerson(person.personId(), person.email(), person.displayName(), person.roles(), true,
                null, zone);
    }

    private void zone(SignedInPerson runner, String zone) {
        jdbc.update("update people set time_zone = ? where id = ?", zone, runner.personId());
    }

    private ProgramBoard board() {
        actAs(coach);
        return dashboards.dashboard().programs().stream().filter(board -> board.programId() == program)
                .findFirst().orElseThrow();
    }

    private void done(long enrolment, int day) {
        coaching.completed(enrolment, day, JUNE_1.plusDays(day - 1).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC),
                JUNE_1.plusDays(day - 1), null, "");
    }

    @Test
    void countsRunnersSessionsDoneAgainstDueAndCompletionByDay() {
        long keen = sessions.enrol(runnerIn("UTC").personId(), program, JUNE_1);
        long slow = sessions.enrol(runnerIn("UTC").personId(), program, JUNE_1);
        long resting = sessions.enrol(runnerIn("UTC").personId(), program, JUNE_1);
        sessions.pause(resting, LocalDate.parse("2026-06-02"));
        for (int day : new int[] {1, 2, 3, 4, 6}) {
            done(keen, day);
        }
        done(slow, 1);
        // 12:00 UTC on 6 June: day 6 for everyone who is active.
        clock.set(Instant.parse("2026-06-06T12:00:00Z"));

        ProgramBoard board = board();

        assertThat(board.activeRunners()).isEqualTo(2);
        assertThat(board.pausedRunners()).isEqualTo(1);
        // Practice days 1-4 and 6 fell in the last 7 days of each active runner: 5 due each.
        assertThat(board.lastWeek()).isEqualTo(new Dashboard.Window(7, 6, 10));
        assertThat(board.byDay()).extracting(Dashboard.DayCompletion::dayNumber)
                .containsExactly(1, 2, 3, 4, 6, 7, 8, 9, 10);
        // Day 1: all three reached it (the paused runner paused on day 2), two did it.
        assertThat(board.byDay().getFirst()).isEqualTo(new Dashboard.DayCompletion(1, 3, 2));
        assertThat(board.byDay().get(2)).isEqualTo(new Dashboard.DayCompletion(3, 2, 1));
        assertThat(board.byDay().get(5)).isEqualTo(new Dashboard.DayCompletion(7, 0, 0));
        assertThat(board.fallingBehind()).singleElement().satisfies(runner -> {
            assertThat(runner.missedDays()).isEqualTo(3);
            assertThat(runner.dayNumber()).isEqualTo(6);
            assertThat(runner.lastPractised()).isEqualTo(JUNE_1);
        });
    }

    @Test
    void fallingBehindIsCountedOnEachRunnersOwnCalendar() {
        SignedInPerson auckland = runnerIn("Pacific/Auckland");
        SignedInPerson losAngeles = runnerIn("America/Los_Angeles");
        zone(auckland, "Pacific/Auckland");
        zone(losAngeles, "America/Los_Angeles");
        sessions.enrol(auckland.personId(), program, JUNE_1);
        sessions.enrol(losAngeles.personId(), program, JUNE_1);
        // 08:00 on 4 June in Auckland (days 1-3 missed), 13:00 on 3 June in Los Angeles (days 1-2 missed).
        clock.set(Instant.parse("2026-06-03T20:00:00Z"));

        assertThat(board().fallingBehind()).extracting(Dashboard.BehindRunner::personId)
                .containsExactly(auckland.personId());
    }

    @Test
    void feedbackShowsWhoSaidWhatOnWhichDayNewestFirst() {
        SignedInPerson sam = runnerIn("UTC");
        long enrolment = sessions.enrol(sam.personId(), program, JUNE_1);
        coaching.completed(enrolment, 1, Instant.parse("2026-06-01T08:00:00Z"), JUNE_1, 2, "Calves were tight");
        coaching.completed(enrolment, 2, Instant.parse("2026-06-02T08:00:00Z"), JUNE_1.plusDays(1), null, "");
        coaching.completed(enrolment, 3, Instant.parse("2026-06-03T08:00:00Z"), JUNE_1.plusDays(2), 5, "");
        clock.set(Instant.parse("2026-06-03T12:00:00Z"));

        assertThat(board().recentFeedback()).containsExactly(
                new Dashboard.Feedback(sam.personId(), sam.displayName(), 3, 5, "", JUNE_1.plusDays(2)),
                new Dashboard.Feedback(sam.personId(), sam.displayName(), 1, 2, "Calves were tight", JUNE_1));
    }

    @Test
    void anInstructorSeesOnlyTheirOwnProgramsAndAnAdminSeesAll() {
        SignedInPerson other = accounts.create(Set.of(Role.INSTRUCTOR));
        long theirs = sessions.program(other.personId(), "Their program", 5);
        long runsTheirs = sessions.enrol(runnerIn("UTC").personId(), theirs, JUNE_1);
        sessions.days(theirs, 5, List.of(routine));
        coaching.completed(runsTheirs, 1, Instant.parse("2026-06-01T08:00:00Z"), JUNE_1, 3, "Private to them");
        clock.set(Instant.parse("2026-06-03T12:00:00Z"));

        actAs(coach);
        assertThat(dashboards.dashboard().programs()).extracting(ProgramBoard::programId).containsExactly(program);
        actAs(other);
        assertThat(dashboards.dashboard().programs()).extracting(ProgramBoard::programId).containsExactly(theirs);
        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThat(dashboards.dashboard().programs()).extracting(ProgramBoard::programId)
                .containsExactlyInAnyOrder(program, theirs);
    }

    @Test
    void selfTestChangesCompareEachRunnersFirstResultSinceTheirStartWithTheLatestPerSide() {
        long kneeToWall = coaching.selfTest(coach.personId(), "Knee to wall", "cm", true);
        coaching.prompt(program, 1, kneeToWall);
        SignedInPerson sam = runnerIn("UTC");
        SignedInPerson jo = runnerIn("UTC");
        sessions.enrol(sam.personId(), program, JUNE_1);
        sessions.enrol(jo.personId(), program, JUNE_1);
        coaching.result(kneeToWall, sam.personId(), "LEFT", 2.0, JUNE_1.minusDays(10)); // before the start: ignored
        coaching.result(kneeToWall, sam.personId(), "LEFT", 6.0, JUNE_1);
        coaching.result(kneeToWall, sam.personId(), "LEFT", 9.0, JUNE_1.plusDays(5));
        coaching.result(kneeToWall, sam.personId(), "RIGHT", 7.0, JUNE_1);
        coaching.result(kneeToWall, sam.personId(), "RIGHT", 6.0, JUNE_1.plusDays(5));
        coaching.result(kneeToWall, jo.personId(), "LEFT", 5.0, JUNE_1.plusDays(1));
        coaching.result(kneeToWall, jo.personId(), "LEFT", 6.0, JUNE_1.plusDays(6));
        clock.set(Instant.parse("2026-06-08T12:00:00Z"));

        assertThat(board().selfTestChanges()).containsExactly(
                new Dashboard.SelfTestChange(kneeToWall, "Knee to wall", "cm", true, Side.LEFT, 2, 2.0, 2),
                new Dashboard.SelfTestChange(kneeToWall, "Knee to wall", "cm", true, Side.RIGHT, 1, -1.0, 0));
    }

    @Test
    void theInstructorSeesHowOftenEachStepOfTheirRoutinesWasMarked() {
        long twoSteps = sessions.routine(coach.personId(), "Toe stretch", 30, 45);
        long threeDays = sessions.program(coach.personId(), "Three days", 3);
        sessions.days(threeDays, 3, List.of(twoSteps));
        SignedInPerson other = accounts.create(Set.of(Role.INSTRUCTOR));
        clock.set(Instant.parse("2026-06-03T12:00:00Z"));
        for (int n = 0; n < 3; n++) {
            SignedInPerson runner = runnerIn("UTC");
            long enrolment = sessions.enrol(runner.personId(), threeDays, JUNE_1);
            actAs(runner);
            stepMarks.markStep(enrolment, 1, new app.limber.program.SessionService.StepKey(twoSteps, 1),
                    app.limber.program.StepVerdict.TOO_HARD);
            stepMarks.markStep(enrolment, 2, new app.limber.program.SessionService.StepKey(twoSteps, 1),
                    n == 0 ? app.limber.program.StepVerdict.FELT_GOOD : app.limber.program.StepVerdict.TOO_HARD);
            stepMarks.markStep(enrolment, 1, new app.limber.program.SessionService.StepKey(twoSteps, 0),
                    app.limber.program.StepVerdict.FELT_GOOD);
        }

        actAs(coach);
        assertThat(dashboards.dashboard().stepFeedback()).containsExactly(
                new Dashboard.StepCount(twoSteps, "Toe stretch", 2, "Toe stretch step 2", 5, 1),
                new Dashboard.StepCount(twoSteps, "Toe stretch", 1, "Toe stretch step 1", 0, 3));
        actAs(other);
        assertThat(dashboards.dashboard().stepFeedback()).isEmpty();
    }

    @Test
    void theWholeDashboardIsFiveStatementsWithTwoThousandRunners() {
        long second = sessions.program(coach.personId(), "Second", 30);
        sessions.days(second, 30, List.of(routine));
        long kneeToWall = coaching.selfTest(coach.personId(), "Knee to wall", "cm", false);
        coaching.prompt(program, 1, kneeToWall);
        coaching.prompt(second, 1, kneeToWall);
        jdbc.update("""
                insert into people (email, display_name, password_hash, created_at, updated_at, time_zone)
                select 'bulk' || n || '@example.test', 'Bulk runner ' || n, 'x', now(), now(),
                    case when n % 3 = 0 then 'Pacific/Auckland' when n % 3 = 1 then 'Europe/Berlin' else 'UTC' end
                from generate_series(1, 2000) n""");
        jdbc.update("""
                insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                select id, case when id % 2 = 0 then ? else ? end, date '2026-06-01' - (id % 20)::int, 'ACTIVE',
                    now(), now()
                from people where email like 'bulk%'""", program, second);
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                    practised_seconds, feel, note)
                select e.id, e.person_id, d, timestamp with time zone '2026-06-01 08:00:00+00', date '2026-06-01',
                    120, 1 + (e.id + d) % 5, case when d = 2 then 'Felt it in the calves' else '' end
                from enrolments e cross join generate_series(1, 4) d where e.id % 4 <> 0""");
        jdbc.update("""
                insert into self_test_results (self_test_id, person_id, measured_value, side, measured_on, created_at)
                select ?, person_id, 5 + d, 'BOTH', date '2026-06-01' + d, now()
                from enrolments cross join generate_series(0, 1) d""", kneeToWall);
        jdbc.update("""
                insert into step_feedback (enrolment_id, person_id, day_number, routine_id, step_index, step_name,
                    verdict, updated_at)
                select id, person_id, 1, ?, 0, 'Sun salutation step 1',
                    case when id % 2 = 0 then 'TOO_HARD' else 'FELT_GOOD' end, now()
                from enrolments""", routine);
        clock.set(Instant.parse("2026-06-06T12:00:00Z"));
        actAs(coach);

        Dashboard[] seen = new Dashboard[1];
        long statements = statementsDuring(() -> seen[0] = dashboards.dashboard());

        assertThat(statements).isLessThanOrEqualTo(5);
        assertThat(seen[0].programs()).hasSize(2);
        assertThat(seen[0].programs().stream().mapToInt(ProgramBoard::activeRunners).sum()).isEqualTo(2000);
        assertThat(seen[0].programs()).allSatisfy(board ->
                assertThat(board.recentFeedback()).hasSize(CoachingDashboardService.RECENT_FEEDBACK));
        assertThat(seen[0].stepFeedback()).singleElement().satisfies(count ->
                assertThat(count.tooHard() + count.feltGood()).isEqualTo(2000));
        assertThat(seen[0].programs()).allSatisfy(board -> assertThat(board.selfTestChanges()).isNotEmpty()
                .allSatisfy(change -> assertThat(change.averageChange()).isEqualTo(1.0)));
    }
}
