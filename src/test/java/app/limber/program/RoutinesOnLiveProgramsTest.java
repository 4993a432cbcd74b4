package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineInUseException;
import app.limber.content.RoutineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A program's page and its runners' sessions agree on what a day holds: a routine on a live program cannot be
 * archived or unpublished, and data already in that state shows the day as rest everywhere.
 */
@Import(TestAccounts.class)
class RoutinesOnLiveProgramsTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    RoutineService routines;

    @Autowired
    ProgramService programs;

    @Autowired
    SessionService sessions;

    @Autowired
    TodayService today;

    SessionFixtures fixtures;
    SignedInPerson coach;
    long sunSalute;
    long toeStretch;
    long backOnTrack;

    @BeforeEach
    void aPublishedProgramWithTwoRoutines() {
        clock.set(Instant.parse("2026-03-05T09:00:00Z"));
        fixtures = new SessionFixtures(jdbc);
        coach = accounts.create(EnumSet.of(Role.INSTRUCTOR));
        sunSalute = fixtures.routine(coach.personId(), "Runner's Sun Salute", 60);
        toeStretch = fixtures.routine(coach.personId(), "Post-run toe stretch", 90);
        backOnTrack = fixtures.program(coach.personId(), "Back on track", 10);
        fixtures.day(backOnTrack, 1, "", List.of(sunSalute));
        fixtures.day(backOnTrack, 2, "", List.of(sunSalute, toeStretch));
        fixtures.day(backOnTrack, 5, "Feet first today.", List.of(toeStretch));
        actAs(coach);
    }

    @Test
    void archivingARoutineOnPublishedOrScheduledProgramsIsRefusedNamingThem() {
        long scheduled = fixtures.program(coach.personId(), "Ankles in April", 7);
        jdbc.update("update programs set status = 'SCHEDULED', publish_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.parse("2026-04-01T06:00:00Z")), scheduled);
        fixtures.day(scheduled, 3, "", List.of(toeStretch));
        long draft = fixtures.program(coach.personId(), "Still drafting", 7);
        jdbc.update("update programs set status = 'DRAFT' where id = ?", draft);
        fixtures.day(draft, 1, "", List.of(toeStretch));
        RoutineDraft toe = routines.load(toeStretch).orElseThrow();

        assertThatThrownBy(() -> routines.archive(toe.getId(), toe.getVersion()))
                .isInstanceOf(RoutineInUseException.class)
                .hasMessageContaining("“Post-run toe stretch”")
                .hasMessageContaining("“Ankles in April”, “Back on track”")
                .hasMessageNotContaining("Still drafting");
        assertThatThrownBy(() -> routines.backToDraft(toe.getId(), toe.getVersion()))
                .isInstanceOf(RoutineInUseException.class)
                .hasMessageContaining("“Back on track”");
        assertThat(routines.load(toeStretch).orElseThrow().getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
    }

    @Test
    void aRoutineNoLiveProgramUsesCanBeArchivedOnceTheProgramIsArchived() {
        ProgramDraft program = programs.load(backOnTrack).orElseThrow();
        programs.archive(backOnTrack, program.getVersion());
        RoutineDraft toe = routines.load(toeStretch).orElseThrow();

        assertThat(routines.archive(toe.getId(), toe.getVersion()).getStatus()).isEqualTo(PublishingStatus.ARCHIVED);
    }

    @Test
    void aDayWhoseRoutineWasArchivedAlreadyIsRestOnTheProgramPageTodayAndInThePlayer() {
        // Data from before the rule: day 5 holds only an archived routine, day 2 one archived of two.
        jdbc.update("update routines set status = 'ARCHIVED' where id = ?", toeStretch);
        SignedInPerson runner = accounts.create(EnumSet.of(Role.RUNNER));
        long enrolment = fixtures.enrol(runner.personId(), backOnTrack, LocalDate.parse("2026-03-01"));

        ProgramPage page = programs.findLive(programSlug(), true).orElseThrow();
        assertThat(page.days().stream().filter(day -> day.dayNumber() == 5).findFirst().orElseThrow().routines())
                .isEmpty();
        assertThat(page.days().stream().filter(day -> day.dayNumber() == 2).findFirst().orElseThrow().routines())
                .extracting(ProgramPage.RoutineLink::title).containsExactly("Runner's Sun Salute");

        actAs(runner);
        TodayCard card = today.today().cards().getFirst();
        assertThat(card.today().dayNumber()).isEqualTo(5);
        assertThat(card.today().isRest()).isTrue();
        assertThat(card.missed()).extracting(TodayCard.MissedDay::dayNumber).containsExactly(1, 2);
        assertThat(card.missed().get(1).routineTitles()).containsExactly("Runner's Sun Salute");

        SessionPlan dayFive = sessions.open(enrolment, 5);
        assertThat(dayFive.isRest()).isTrue();
        assertThat(dayFive.note()).isEqualTo("Feet first today.");
        assertThat(sessions.open(enrolment, 2).routines()).extracting(r -> r.title())
                .containsExactly("Runner's Sun Salute");
        assertThatThrownBy(() -> sessions.complete(enrolment, 5, 4, ""))
                .hasMessageContaining("rest day");
    }

    private String programSlug() {
        return jdbc.queryForObject("select slug from programs where id = ?", String.class, backOnTrack);
    }
}
