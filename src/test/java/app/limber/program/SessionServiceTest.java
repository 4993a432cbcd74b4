package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class SessionServiceTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SessionService sessions;

    @Autowired
    PracticeLog practiceLog;

    @Autowired
    CompletionsAsPersonalData personalData;

    @Autowired
    ProgramService programs;

    SignedInPerson coach;
    SessionFixtures fixtures;
    SignedInPerson runner;
    SignedInPerson otherRunner;
    long sunSalute;
    long toeStretch;
    long program;
    long enrolment;

    @BeforeEach
    void aRunnerFiveDaysIntoAProgram() {
        fixtures = new SessionFixtures(jdbc);
        coach = accounts.create(EnumSet.of(Role.INSTRUCTOR));
        runner = inZone(accounts.create(EnumSet.of(Role.RUNNER)), "Europe/Berlin");
        otherRunner = accounts.create(EnumSet.of(Role.RUNNER));
        sunSalute = fixtures.routine(coach.personId(), "Runner's Sun Salute", 60, -5);
        toeStretch = fixtures.routine(coach.personId(), "Post-run toe stretch", 90);
        program = fixtures.program(coach.personId(), "Back on track", 10);
        fixtures.days(program, 10, List.of(sunSalute, toeStretch), 3, 7);
        fixtures.day(program, 3, "Rest: a walk is fine.", List.of());
        enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        // 10:00 in Berlin on 5 March: day 5.
        clock.set(Instant.parse("2026-03-05T09:00:00Z"));
        actAs(runner);
    }

    private static SignedInPerson inZone(SignedInPerson person, String zone) {
        return new SignedInPerson(person.personId(), person.email(), person.displayName(), person.roles(), true,
                null, zone);
    }

    @Test
    void aDayPreviewIsForTheProgramsAuthorAndAdminsOnlyAndRecordsNothing() {
        assertThatThrownBy(() -> sessions.previewDay(program, 5)).as("a runner, even one enrolled")
                .isInstanceOf(AccessDeniedException.class);
        actAs(accounts.create(EnumSet.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> sessions.previewDay(program, 5)).as("another instructor")
                .isInstanceOf(AccessDeniedException.class);

        actAs(coach);
        SessionService.DayPreview preview = sessions.previewDay(program, 9);
        assertThat(preview.plan().steps()).extracting(step -> step.routineTitle())
                .containsExactly("Runner's Sun Salute", "Runner's Sun Salute", "Post-run toe stretch");
        assertThat(preview.plan().resumeStep()).isZero();
        assertThat(preview.plan().done()).isFalse();
        assertThat(preview.routinesLeftOut()).isZero();
        assertThat(sessions.previewDay(program, 3).plan().isRest()).isTrue();
        assertThatThrownBy(() -> sessions.previewDay(program, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This program has no day 11.");
        assertThatThrownBy(() -> sessions.previewDay(program + 1000, 1)).isInstanceOf(IllegalArgumentException.class);

        actAs(accounts.create(EnumSet.of(Role.ADMIN)));
        assertThat(sessions.previewDay(program, 9).plan().steps()).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from session_places", Long.class)
                + jdbc.queryForObject("select count(*) from session_completions", Long.class)).isZero();
    }

    @Test
    void completingADayCopiesWhatWasPractisedAndCountsOnce() {
        assertThat(sessions.complete(enrolment, 5, 4, "  Calves tight after the long run  "))
                .isEqualTo(SessionService.Completion.RECORDED);
        assertThat(sessions.complete(enrolment, 5, 2, "again")).isEqualTo(SessionService.Completion.ALREADY_DONE);

        Map<String, Object> row = jdbc.queryForMap("select * from session_completions where enrolment_id = ?",
                enrolment);
        assertThat(fixtures.completions(enrolment)).isEqualTo(1);
        assertThat(row.get("routine_titles")).isEqualTo("Runner's Sun Salute, Post-run toe stretch");
        assertThat(row.get("practised_seconds")).isEqualTo(60 + 25 + 90);
        assertThat(((Number) row.get("feel")).intValue()).isEqualTo(4);
        assertThat(row.get("note")).isEqualTo("Calves tight after the long run");
        assertThat(row.get("person_id")).isEqualTo(runner.personId());
        assertThat(sessions.open(enrolment, 5).done()).isTrue();
    }

    @Test
    void completionDateIsTheRunnersLocalDate() {
        // 23:30 UTC on 5 March is already 6 March in Berlin: day 6.
        clock.set(Instant.parse("2026-03-05T23:30:00Z"));
        sessions.complete(enrolment, 6, null, null);
        assertThat(jdbc.queryForObject("select completed_on from session_completions", LocalDate.class))
                .isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(practiceLog.practisedDays()).containsExactly(LocalDate.parse("2026-03-06"));
    }

    @Test
    void aDayNotReleasedYetIsRefused() {
        assertThatThrownBy(() -> sessions.complete(enrolment, 6, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opens on Friday 6 March");
        assertThatThrownBy(() -> sessions.open(enrolment, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures.completions(enrolment)).isZero();
    }

    @Test
    void missedDaysCanBeCaughtUp() {
        assertThat(sessions.complete(enrolment, 1, null, "")).isEqualTo(SessionService.Completion.RECORDED);
        assertThat(sessions.open(enrolment, 2).done()).isFalse();
    }

    @Test
    void aRestDayHasNothingToComplete() {
        SessionPlan rest = sessions.open(enrolment, 3);
        assertThat(rest.isRest()).isTrue();
        assertThat(rest.note()).isEqualTo("Rest: a walk is fine.");
        assertThatThrownBy(() -> sessions.complete(enrolment, 3, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void howItFeltIsOneToFive() {
        assertThatThrownBy(() -> sessions.complete(enrolment, 5, 6, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.complete(enrolment, 5, 1, "x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures.completions(enrolment)).isZero();
    }

    @Test
    void anotherRunnerCannotOpenKeepPlaceInOrCompleteSomeoneElsesSession() {
        actAs(otherRunner);
        assertThatThrownBy(() -> sessions.open(enrolment, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.savePlace(enrolment, 1, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.complete(enrolment, 1, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practiceLog.practisedDays()).isEmpty();
        assertThat(fixtures.completions(enrolment)).isZero();
    }

    @Test
    void anAdminCannotCompleteARunnersSessionEither() {
        actAs(accounts.create(EnumSet.of(Role.ADMIN)));
        assertThatThrownBy(() -> sessions.complete(enrolment, 1, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRunnerWhoLeftCannotCompleteAnyMore() {
        fixtures.leave(enrolment);
        assertThatThrownBy(() -> sessions.complete(enrolment, 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlaceIsKeptUntilTheSessionIsDone() {
        assertThat(sessions.open(enrolment, 5).resumeStep()).isZero();
        sessions.savePlace(enrolment, 5, 2);
        sessions.savePlace(enrolment, 5, 3);
        SessionPlan plan = sessions.open(enrolment, 5);
        assertThat(plan.resumeStep()).isEqualTo(3);
        assertThat(plan.steps()).hasSize(3);
        assertThat(plan.steps().get(1).step().breaths()).isEqualTo(5);
        assertThat(plan.steps().get(2).routineTitle()).isEqualTo("Post-run toe stretch");
        sessions.complete(enrolment, 5, null, null);
        assertThat(sessions.open(enrolment, 5).resumeStep()).isZero();
    }

    @Test
    void keepingThePlaceIsOneCheckAndOneWrite() {
        sessions.savePlace(enrolment, 4, 1);
        long statements = statementsDuring(() -> sessions.savePlace(enrolment, 4, 2));
        assertThat(statements).isLessThanOrEqualTo(2);
        assertThat(sessions.open(enrolment, 4).resumeStep()).isEqualTo(2);
    }

    @Test
    void completionsSurviveTheProgramBeingEditedLater() {
        sessions.complete(enrolment, 2, 5, "Easy");
        jdbc.update("delete from program_days where program_id = ?", program);
        jdbc.update("update routines set title = 'Renamed', total_seconds = 1 where id = ?", sunSalute);
        assertThat(jdbc.queryForObject("select routine_titles from session_completions", String.class))
                .isEqualTo("Runner's Sun Salute, Post-run toe stretch");
        assertThat(practiceLog.practiceBetween(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
                .containsExactly(new PracticeDay(LocalDate.parse("2026-03-05"), 3, 1));
    }

    @Test
    void aPausedProgramStandsStillOnItsPauseDate() {
        fixtures.pause(enrolment, LocalDate.parse("2026-03-03"));
        assertThat(sessions.open(enrolment, 3).dayNumber()).isEqualTo(3);
        assertThatThrownBy(() -> sessions.open(enrolment, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completionsAreInTheDataExportAndGoWithTheAccount() {
        sessions.complete(enrolment, 1, 3, "Stiff ankles");
        actAs(otherRunner);
        long othersEnrolment = fixtures.enrol(otherRunner.personId(), program, LocalDate.parse("2026-03-01"));
        sessions.complete(othersEnrolment, 1, null, null);

        assertThat(personalData.exportFor(runner.personId(), java.time.ZoneOffset.UTC)).asString()
                .contains("Stiff ankles").contains("Runner's Sun Salute");
        personalData.forget(runner.personId());
        assertThat(fixtures.completions(enrolment)).isZero();
        assertThat(fixtures.completions(othersEnrolment)).isEqualTo(1);
    }

    @Test
    void completionsSurviveTheInstructorReworkingTheProgramInTheEditor() {
        sessions.complete(enrolment, 2, 4, "");
        sessions.complete(enrolment, 4, null, "");

        actAs(coach);
        ProgramDraft draft = programs.load(program).orElseThrow();
        draft.setDay(DayPlan.rest(2));
        draft.setDay(new DayPlan(4, List.of(toeStretch), "Only the toes today.", java.util.Set.of()));
        programs.save(draft);
        actAs(runner);

        assertThat(fixtures.completions(enrolment)).isEqualTo(2);
        assertThat(jdbc.queryForList("select routine_titles from session_completions order by day_number",
                String.class)).containsOnly("Runner's Sun Salute, Post-run toe stretch");
        assertThat(sessions.open(enrolment, 4).done()).isTrue();
        assertThat(sessions.complete(enrolment, 4, null, null)).isEqualTo(SessionService.Completion.ALREADY_DONE);
        assertThat(practiceLog.practiceBetween(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-05")))
                .containsExactly(new PracticeDay(LocalDate.parse("2026-03-05"), 6, 2));
    }
}
