package app.limber.program;

import static app.limber.program.ProgramFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.ChangedBySomeoneElseException;
import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class ProgramServiceTest extends IntegrationTest {

    @Autowired
    ProgramService programs;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EnrolmentService enrolments;

    SignedInPerson maya;
    SignedInPerson other;
    SignedInPerson runner;
    long sunSalute;
    long toeStretch;

    @BeforeEach
    void instructorWithRoutines() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        other = accounts.create(Set.of(Role.INSTRUCTOR));
        runner = accounts.create(Set.of(Role.RUNNER));
        actAs(maya);
        sunSalute = ProgramFixtures.routine(routines, "Sun salutation", true);
        toeStretch = ProgramFixtures.routine(routines, "Post-run toe stretch", false);
    }

    private ProgramDraft newProgram() {
        return programs.load(programs.createDraft("Back on track")).orElseThrow();
    }

    @Test
    void savedScheduleKeepsRoutinesInOrderNotesAndRestDays() {
        ProgramDraft draft = newProgram();
        draft.setDescription("Thirty days to get moving again.");
        draft.setDay(new DayPlan(1, List.of(sunSalute, toeStretch), "Go gently today.", Set.of()));
        draft.setDay(new DayPlan(3, List.of(), "Rest, and walk a little.", Set.of()));
        programs.save(draft);

        ProgramDraft loaded = programs.load(draft.getId()).orElseThrow();
        assertThat(loaded.day(1).routineIds()).containsExactly(sunSalute, toeStretch);
        assertThat(loaded.day(1).note()).isEqualTo("Go gently today.");
        assertThat(loaded.day(2).isRest()).isTrue();
        assertThat(loaded.day(3).isRest()).isTrue();
        assertThat(loaded.day(3).note()).isEqualTo("Rest, and walk a little.");
        assertThat(loaded.getSlug()).isEqualTo("back-on-track");
        assertThat(programs.outline(draft.getId()).days()).extracting(DayPlan::dayNumber).containsExactly(1, 3);
    }

    @Test
    void aDayPromptsSelfTestsEvenOnARestDay() {
        long kneeToWall = jdbc.queryForObject("insert into self_tests (author_id, name, unit, created_at, updated_at)"
                + " values (?, 'Knee to wall', 'cm', now(), now()) returning id", Long.class, maya.personId());
        ProgramDraft draft = newProgram();
        draft.setDay(new DayPlan(15, List.of(), "", Set.of(kneeToWall)));
        programs.save(draft);

        assertThat(programs.outline(draft.getId()).day(15).selfTestIds()).containsExactly(kneeToWall);
        assertThat(programs.outline(draft.getId()).day(15).isRest()).isTrue();
        assertThat(programs.offersSelfTests()).as("the progress feature provides the catalog").isTrue();
    }

    @Test
    void movingADayOntoAPlannedDaySwapsThemAndSurvivesSaving() {
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, sunSalute));
        draft.setDay(day(2, toeStretch));
        programs.save(draft);

        ProgramDraft loaded = programs.load(draft.getId()).orElseThrow();
        loaded.moveDay(1, 2);
        loaded.moveDay(2, 5);
        programs.save(loaded);

        ProgramOutline outline = programs.outline(draft.getId());
        assertThat(outline.day(1).routineIds()).containsExactly(toeStretch);
        assertThat(outline.day(2).isRest()).isTrue();
        assertThat(outline.day(5).routineIds()).containsExactly(sunSalute);
    }

    @Test
    void copyingADayAndFillingAWeekFromATemplate() {
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, sunSalute));
        draft.setDay(day(3, toeStretch));
        draft.copyDay(1, List.of(5, 6));
        draft.setDay(day(9, toeStretch)); // week 2, Tuesday: replaced by the template's rest day
        draft.fillWeek(1, 2);
        draft.fillWeek(1, 5); // week 5 is days 29 and 30 only
        programs.save(draft);

        ProgramOutline outline = programs.outline(draft.getId());
        assertThat(outline.days()).extracting(DayPlan::dayNumber).containsExactly(1, 3, 5, 6, 8, 10, 12, 13, 29);
        assertThat(outline.day(12).routineIds()).containsExactly(sunSalute);
        assertThat(outline.day(9).isRest()).isTrue();
    }

    @Test
    void shorteningRefusesDaysBeyondTheEndUntilTheyAreTrimmed() {
        ProgramDraft draft = newProgram();
        draft.setDay(day(30, sunSalute));
        draft.setLengthDays(21);
        assertThat(draft.daysBeyondLength()).containsExactly(30);
        assertThatThrownBy(() -> programs.save(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Day 30 is beyond");

        draft.trimToLength();
        programs.save(draft);
        assertThat(programs.outline(draft.getId()).lengthDays()).isEqualTo(21);
        assertThat(programs.outline(draft.getId()).days()).isEmpty();
    }

    @Test
    void publishingIsRefusedNamingEachRoutineThatIsNotLive() {
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, sunSalute, toeStretch));
        ProgramDraft saved = programs.save(draft);

        assertThatThrownBy(() -> programs.publishNow(saved.getId(), saved.getVersion()))
                .isInstanceOf(RoutinesNotLiveException.class)
                .hasMessageContaining("“Post-run toe stretch”")
                .hasMessageNotContaining("Sun salutation");
        assertThat(programs.load(saved.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.DRAFT);
    }

    @Test
    void schedulingAcceptsARoutineScheduledBeforeTheProgramButNotAfter() {
        RoutineDraft toe = routines.load(toeStretch).orElseThrow();
        Instant now = clock.instant();
        routines.schedule(toe.getId(), toe.getVersion(), now.plus(Duration.ofDays(2)));
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, toeStretch));
        ProgramDraft saved = programs.save(draft);

        assertThatThrownBy(() -> programs.schedule(saved.getId(), saved.getVersion(), now.plus(Duration.ofDays(1))))
                .isInstanceOf(RoutinesNotLiveException.class);
        ProgramDraft scheduled = programs.schedule(saved.getId(), saved.getVersion(), now.plus(Duration.ofDays(3)));

        assertThat(scheduled.getStatus()).isEqualTo(PublishingStatus.SCHEDULED);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'program.scheduled'",
                Integer.class)).isEqualTo(1);
    }

    @Autowired
    ProgramScheduledPublishing scheduledPublishing;

    @Test
    void aScheduledProgramIsLiveFromItsTimeAndThenMarkedPublished() {
        Instant nine = clock.instant().plus(Duration.ofDays(1));
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, sunSalute));
        ProgramDraft saved = programs.save(draft);
        programs.schedule(saved.getId(), saved.getVersion(), nine);

        assertThat(programs.findLive("back-on-track", true)).isEmpty();
        clock.set(nine);
        assertThat(programs.findLive("back-on-track", true)).isPresent();
        assertThat(scheduledPublishing.publishDue()).isEqualTo(1);
        assertThat(scheduledPublishing.publishDue()).isZero();
        assertThat(programs.load(saved.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
    }

    @Test
    void publishingIsAuditedAndTheProgramAppearsToReaders() {
        ProgramDraft draft = newProgram();
        draft.setDay(day(1, sunSalute));
        ProgramDraft saved = programs.save(draft);
        programs.publishNow(saved.getId(), saved.getVersion());

        assertThat(jdbc.queryForObject("select subject_label from audit_events where action = 'program.published'",
                String.class)).isEqualTo("Back on track");
        assertThat(programs.liveCards(false)).extracting(ProgramCard::title).containsExactly("Back on track");
        ProgramPage page = programs.findLive("back-on-track", false).orElseThrow();
        assertThat(page.day(1).routines()).extracting(ProgramPage.RoutineLink::title)
                .containsExactly("Sun salutation");
        assertThat(page.authorName()).isEqualTo("Maya Lindqvist");
    }

    @Test
    void aPublishedProgramCannotTakeAnUnpublishedRoutine() {
        long id = ProgramFixtures.publishedProgram(programs, "Back on track", 30, sunSalute);
        ProgramDraft live = programs.load(id).orElseThrow();
        live.setDay(day(4, toeStretch));

        assertThatThrownBy(() -> programs.save(live)).isInstanceOf(RoutinesNotLiveException.class);
    }

    @Test
    void secondSaveOfAStaleProgramIsRejected() {
        ProgramDraft first = newProgram();
        ProgramDraft second = programs.load(first.getId()).orElseThrow();
        first.setTitle("Back on track, gently");
        programs.save(first);

        second.setTitle("Something else");
        assertThatThrownBy(() -> programs.save(second)).isInstanceOf(ChangedBySomeoneElseException.class);
    }

    @Test
    void anotherInstructorCannotOpenOrChangeTheProgram() {
        long id = programs.createDraft("Back on track");
        actAs(other);
        assertThatThrownBy(() -> programs.load(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(programs.list(ProgramFilter.none(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void draftProgramsAreHiddenFromRunnersButLiveOnesReadable() {
        long draftId = programs.createDraft("Secret plan");
        long liveId = ProgramFixtures.publishedProgram(programs, "Back on track", 30, sunSalute);
        actAs(runner);
        assertThatThrownBy(() -> programs.outline(draftId)).isInstanceOf(AccessDeniedException.class);
        assertThat(programs.outline(liveId).day(2).routineIds()).containsExactly(sunSalute);
        assertThatThrownBy(() -> programs.createDraft("Mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anArchivedProgramStaysReadableToItsRunnersOnly() {
        long id = ProgramFixtures.publishedProgram(programs, "Back on track", 30, sunSalute);
        SignedInPerson enrolled = accounts.create(Set.of(Role.RUNNER));
        actAs(enrolled);
        enrolments.enrol(id, java.time.LocalDate.now(clock));
        actAs(maya);
        ProgramDraft live = programs.load(id).orElseThrow();
        programs.archive(id, live.getVersion());

        actAs(enrolled);
        assertThat(programs.outline(id).title()).isEqualTo("Back on track");
        actAs(runner);
        assertThatThrownBy(() -> programs.outline(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(programs.findLive("back-on-track", true)).isEmpty();
    }

    @Test
    void studioListPageIsOneQueryAndTheCountOneMore() {
        for (int n = 1; n <= 12; n++) {
            programs.createDraft("Plan " + n);
        }
        long statements = statementsDuring(() -> {
            assertThat(programs.list(ProgramFilter.none(), PageRequest.of(0, 10))).hasSize(10);
            assertThat(programs.count(ProgramFilter.none())).isEqualTo(12);
        });
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void studioListFiltersByStatusAndTitle() {
        programs.createDraft("Back on track");
        ProgramFixtures.publishedProgram(programs, "Ankles for runners", 14, sunSalute);

        assertThat(programs.list(new ProgramFilter("ankle", null), PageRequest.of(0, 10)))
                .extracting(ProgramSummary::title).containsExactly("Ankles for runners");
        assertThat(programs.count(new ProgramFilter("", PublishingStatus.DRAFT))).isEqualTo(1);
    }

    @Test
    void landingPageReadsInAFixedNumberOfStatements() {
        ProgramDraft draft = newProgram();
        for (int n = 1; n <= 30; n += 2) {
            draft.setDay(new DayPlan(n, List.of(sunSalute), "Day " + n, Set.of()));
        }
        ProgramDraft saved = programs.save(draft);
        programs.publishNow(saved.getId(), saved.getVersion());

        long statements = statementsDuring(() -> programs.findLive("back-on-track", true).orElseThrow());
        System.out.println("Program landing page read: " + statements + " statements for 15 planned days");
        assertThat(statements).isLessThanOrEqualTo(5);
    }
}
