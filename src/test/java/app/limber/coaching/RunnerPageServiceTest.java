package app.limber.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.program.SessionFixtures;
import app.limber.progress.ResultRow;
import app.limber.progress.SelfTestHistory;
import app.limber.progress.SelfTestService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Who sees a runner's sessions, notes and self-tests: the instructors of the programs they were in, and admins. */
@Import(TestAccounts.class)
class RunnerPageServiceTest extends IntegrationTest {

    private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

    @Autowired
    TestAccounts accounts;

    @Autowired
    RunnerPageService runnerPages;

    @Autowired
    SelfTestService selfTests;

    SessionFixtures sessions;
    CoachingFixtures coaching;
    SignedInPerson coach;
    SignedInPerson otherCoach;
    SignedInPerson runner;
    long kneeToWall;

    @BeforeEach
    void aRunnerInTwoInstructorsPrograms() {
        sessions = new SessionFixtures(jdbc);
        coaching = new CoachingFixtures(jdbc);
        coach = accounts.create(Set.of(Role.INSTRUCTOR));
        otherCoach = accounts.create(Set.of(Role.INSTRUCTOR));
        runner = accounts.create(Set.of(Role.RUNNER));
        long routine = sessions.routine(coach.personId(), "Sun salutation", 120);
        long mine = sessions.program(coach.personId(), "Back on track", 10);
        long theirs = sessions.program(otherCoach.personId(), "Strong feet", 10);
        sessions.days(mine, 10, List.of(routine));
        sessions.days(theirs, 10, List.of(routine));
        long inMine = sessions.enrol(runner.personId(), mine, JUNE_1);
        long inTheirs = sessions.enrol(runner.personId(), theirs, JUNE_1);
        coaching.completed(inMine, 1, Instant.parse("2026-06-01T07:00:00Z"), JUNE_1, 4, "Hips felt loose");
        coaching.completed(inMine, 2, Instant.parse("2026-06-02T07:00:00Z"), JUNE_1.plusDays(1), 2, "Sore calf");
        coaching.completed(inTheirs, 1, Instant.parse("2026-06-01T18:00:00Z"), JUNE_1, 3, "Said to the other coach");
        kneeToWall = coaching.selfTest(coach.personId(), "Knee to wall", "cm", false);
        coaching.result(kneeToWall, runner.personId(), "BOTH", 8.5, JUNE_1);
        jdbc.update("update self_test_results set note = 'My private note'");
    }

    @Test
    void anInstructorSeesOnlyTheSessionsAndNotesOfTheirOwnPrograms() {
        actAs(coach);
        RunnerPage page = runnerPages.runner(runner.personId());

        assertThat(page.enrolments()).extracting(RunnerPage.EnrolmentLine::programTitle)
                .containsExactly("Back on track");
        assertThat(page.practiceLog()).containsExactly(
                new RunnerPage.LogEntry(JUNE_1.plusDays(1), "Back on track", 2, 5, 2, "Sore calf"),
                new RunnerPage.LogEntry(JUNE_1, "Back on track", 1, 5, 4, "Hips felt loose"));

        actAs(otherCoach);
        assertThat(runnerPages.runner(runner.personId()).practiceLog()).extracting(RunnerPage.LogEntry::note)
                .containsExactly("Said to the other coach");
    }

    @Test
    void anAdminSeesEveryProgramAndNote() {
        actAs(accounts.create(Set.of(Role.ADMIN)));

        assertThat(runnerPages.runner(runner.personId()).practiceLog()).extracting(RunnerPage.LogEntry::note)
                .containsExactlyInAnyOrder("Hips felt loose", "Sore calf", "Said to the other coach");
    }

    @Test
    void anInstructorWhoseProgramsTheRunnerNeverJoinedSeesNothing() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));

        assertThatThrownBy(() -> runnerPages.runner(runner.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfTests.historiesOf(runner.personId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRunnerCannotOpenAnotherRunnersPage() {
        actAs(accounts.create(Set.of(Role.RUNNER)));

        assertThatThrownBy(() -> runnerPages.runner(runner.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfTests.historiesOf(runner.personId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theInstructorSeesSelfTestResultsButNotTheRunnersNotesOnThem() {
        actAs(coach);
        List<SelfTestHistory> histories = selfTests.historiesOf(runner.personId());

        assertThat(histories).singleElement().satisfies(history -> {
            assertThat(history.test().name()).isEqualTo("Knee to wall");
            assertThat(history.results()).extracting(ResultRow::note).containsExactly("");
            assertThat(history.results()).extracting(row -> row.value().doubleValue()).containsExactly(8.5);
        });
    }
}
