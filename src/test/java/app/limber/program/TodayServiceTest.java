package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Today's cards by the runner's own date: before the start, during, after the end, and in other time zones. */
@Import(TestAccounts.class)
class TodayServiceTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TodayService todayService;

    @Autowired
    SessionService sessions;

    SessionFixtures fixtures;
    long program;

    @BeforeEach
    void aFiveDayProgram() {
        fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long routine = fixtures.routine(coach, "Sun salutation", 120);
        program = fixtures.program(coach, "Five days", 5);
        fixtures.days(program, 5, List.of(routine), 3);
    }

    private SignedInPerson runnerIn(String zone) {
        SignedInPerson person = accounts.create(Set.of(Role.RUNNER));
        return new SignedInPerson(person.personId(), person.email(), person.displayName(), person.roles(), true,
                null, zone);
    }

    private TodayCard cardOf(SignedInPerson runner) {
        actAs(runner);
        return todayService.today().cards().getFirst();
    }

    @Test
    void runnersInAucklandAndLosAngelesAreOnDifferentDaysAtTheSameInstant() {
        SignedInPerson auckland = runnerIn("Pacific/Auckland");
        SignedInPerson losAngeles = runnerIn("America/Los_Angeles");
        fixtures.enrol(auckland.personId(), program, LocalDate.parse("2026-06-01"));
        fixtures.enrol(losAngeles.personId(), program, LocalDate.parse("2026-06-01"));
        // 08:00 on 3 June in Auckland, 13:00 on 2 June in Los Angeles.
        clock.set(Instant.parse("2026-06-02T20:00:00Z"));

        TodayCard inAuckland = cardOf(auckland);
        TodayCard inLosAngeles = cardOf(losAngeles);

        assertThat(inAuckland.dayNumber()).isEqualTo(3);
        assertThat(inAuckland.today().isRest()).isTrue();
        assertThat(inAuckland.missed()).extracting(TodayCard.MissedDay::dayNumber).containsExactly(1, 2);
        assertThat(inLosAngeles.dayNumber()).isEqualTo(2);
        assertThat(inLosAngeles.missed()).extracting(TodayCard.MissedDay::dayNumber).containsExactly(1);
    }

    @Test
    void beforeTheStartNothingIsOpenYet() {
        SignedInPerson runner = runnerIn("UTC");
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-10"));
        clock.set(Instant.parse("2026-06-02T08:00:00Z"));

        TodayCard card = cardOf(runner);

        assertThat(card.notStarted()).isTrue();
        assertThat(card.today()).isNull();
        assertThat(card.missed()).isEmpty();
        assertThat(card.percent()).isZero();
    }

    @Test
    void afterTheEndEveryDayStaysOpenForCatchUp() {
        SignedInPerson runner = runnerIn("UTC");
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-06-01"));
        clock.set(Instant.parse("2026-06-02T08:00:00Z"));
        actAs(runner);
        sessions.complete(enrolment, 1, null, null);
        sessions.complete(enrolment, 2, null, null);
        clock.set(Instant.parse("2026-07-01T08:00:00Z"));

        TodayCard card = cardOf(runner);

        assertThat(card.finished()).isTrue();
        assertThat(card.today()).isNull();
        assertThat(card.missed()).extracting(TodayCard.MissedDay::dayNumber).containsExactly(4, 5);
        assertThat(card.percent()).isEqualTo(50);
        assertThat(card.streak()).isZero();
        sessions.complete(enrolment, 5, null, null);
        sessions.complete(enrolment, 4, null, null);
        assertThat(cardOf(runner).streak()).isEqualTo(4);
        assertThat(cardOf(runner).percent()).isEqualTo(100);
    }

    @Test
    void aRunnerWithoutProgramsGetsLiveProgramsToJoinInTwoStatements() {
        actAs(runnerIn("UTC"));
        long statements = statementsDuring(() -> assertThat(todayService.today().programsToJoin())
                .extracting(TodayService.ProgramLink::title).containsExactly("Five days"));
        assertThat(statements).isEqualTo(2);
    }
}
