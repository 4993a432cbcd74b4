package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.PersonalData;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.RoutineService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@Import(TestAccounts.class)
class EnrolmentServiceTest extends IntegrationTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ProgramService programs;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    TransactionTemplate transaction;

    SignedInPerson maya;
    SignedInPerson sam;
    SignedInPerson jo;
    SignedInPerson admin;
    long program;
    long draftProgram;

    @BeforeEach
    void aLiveProgram() {
        clock.set(NOW);
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        jo = accounts.create(Set.of(Role.RUNNER));
        admin = accounts.create(Set.of(Role.ADMIN));
        actAs(maya);
        long routine = ProgramFixtures.routine(routines, "Sun salutation", true);
        program = ProgramFixtures.publishedProgram(programs, "Back on track", 30, routine);
        draftProgram = programs.createDraft("Not yet");
    }

    @Test
    void runnerEnrolsInALiveProgramFromAChosenDate() {
        actAs(sam);
        MyEnrolment enrolment = enrolments.enrol(program, TODAY.minusDays(3));

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(enrolment.dayOn(TODAY)).isEqualTo(4);
        assertThat(enrolment.allDaysReleasedBefore(TODAY.plusDays(26))).isFalse();
        assertThat(enrolment.allDaysReleasedBefore(TODAY.plusDays(27))).as("day 30 was yesterday").isTrue();
        assertThat(enrolments.myEnrolments()).extracting(MyEnrolment::programTitle).containsExactly("Back on track");
        assertThat(enrolments.myOpenEnrolment(program)).isPresent();
    }

    @Test
    void onlyOneOpenEnrolmentPerProgram() {
        actAs(sam);
        enrolments.enrol(program, TODAY);
        assertThatThrownBy(() -> enrolments.enrol(program, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Already enrolled in “Back on track”");
    }

    @Test
    void draftProgramsAndFarAwayStartDatesAreRefused() {
        actAs(sam);
        assertThatThrownBy(() -> enrolments.enrol(draftProgram, TODAY))
                .hasMessageContaining("not open for enrolment");
        assertThatThrownBy(() -> enrolments.enrol(program, TODAY.minusDays(30)))
                .hasMessageContaining("within the last 30 days");
        assertThatThrownBy(() -> enrolments.enrol(program, TODAY.plusDays(91)))
                .hasMessageContaining("within the next 90 days");
        assertThat(enrolments.myEnrolments()).isEmpty();
    }

    @Test
    void aRunnerCannotSeeOrChangeSomeoneElsesEnrolment() {
        actAs(sam);
        long sams = enrolments.enrol(program, TODAY).id();

        actAs(jo);
        assertThatThrownBy(() -> enrolments.pause(sams)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.leave(sams)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.restart(sams, TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.find(sams)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.removeAsAdmin(sams)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.enrolAsAdmin(jo.personId(), program, TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enrolments.myEnrolments()).isEmpty();

        actAs(sam);
        assertThat(enrolments.find(sams).status()).isEqualTo(EnrolmentStatus.ACTIVE);
    }

    @Test
    void pausingAndResumingMovesTheStartDateOnByThePausedDays() {
        actAs(sam);
        long id = enrolments.enrol(program, TODAY.minusDays(5)).id();
        enrolments.pause(id);
        clock.advance(Duration.ofDays(4));
        assertThat(enrolments.find(id).dayOn(TODAY.plusDays(4))).isEqualTo(6);

        MyEnrolment resumed = enrolments.resume(id);
        assertThat(resumed.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(resumed.startDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(resumed.dayOn(TODAY.plusDays(4))).isEqualTo(6);
        assertThatThrownBy(() -> enrolments.resume(id)).hasMessageContaining("not paused");
    }

    @Test
    void restartingClosesTheOldEnrolmentAndOpensANewOne() {
        actAs(sam);
        long old = enrolments.enrol(program, TODAY.minusDays(10)).id();
        MyEnrolment fresh = enrolments.restart(old, TODAY);

        assertThat(fresh.id()).isNotEqualTo(old);
        assertThat(fresh.startDate()).isEqualTo(TODAY);
        assertThat(enrolments.find(old).status()).isEqualTo(EnrolmentStatus.RESTARTED);
        assertThat(enrolments.myOpenEnrolment(program)).map(MyEnrolment::id).contains(fresh.id());
    }

    @Test
    void leavingEndsTheEnrolmentAndAllowsEnrollingAgain() {
        actAs(sam);
        long id = enrolments.enrol(program, TODAY).id();
        assertThat(enrolments.leave(id).status()).isEqualTo(EnrolmentStatus.LEFT);
        assertThat(enrolments.myOpenEnrolment(program)).isEmpty();

        enrolments.enrol(program, TODAY);
        assertThat(enrolments.myEnrolments()).extracting(MyEnrolment::status)
                .containsExactly(EnrolmentStatus.ACTIVE, EnrolmentStatus.LEFT);
    }

    @Test
    void adminEnrolsAndRemovesARunnerWithAnAuditTrail() {
        actAs(admin);
        MyEnrolment created = enrolments.enrolAsAdmin(sam.personId(), program, TODAY.plusDays(7));
        assertThat(created.personId()).isEqualTo(sam.personId());

        actAs(sam);
        assertThat(enrolments.myEnrolments()).extracting(MyEnrolment::id).containsExactly(created.id());
        enrolments.pause(created.id());

        actAs(admin);
        enrolments.removeAsAdmin(created.id());
        assertThat(enrolments.enrolmentsOf(sam.personId())).isEmpty();
        assertThat(jdbc.queryForList("select action from audit_events order by id", String.class))
                .containsSubsequence("enrolment.created", "enrolment.removed");
        assertThat(jdbc.queryForObject("select subject_label from audit_events where action = 'enrolment.created'",
                String.class)).isEqualTo("Sam Rivera in Back on track");
    }

    @Test
    void anAdminPausesResumesAndRestartsOnTheRunnersCalendarAuditedLikeTheRunnersOwnChanges() {
        // Late evening in UTC (the admin's zone) is already the next morning in Auckland, where Sam lives.
        jdbc.update("update people set time_zone = 'Pacific/Auckland' where id = ?", sam.personId());
        clock.set(TODAY.atTime(22, 0).toInstant(java.time.ZoneOffset.UTC));
        LocalDate samsToday = TODAY.plusDays(1);
        actAs(admin);
        assertThat(enrolments.todayFor(sam.personId())).isEqualTo(samsToday);
        long id = enrolments.enrolAsAdmin(sam.personId(), program, samsToday.minusDays(29)).id();

        assertThat(enrolments.pause(id).pausedOn()).isEqualTo(samsToday);
        clock.advance(Duration.ofDays(2));
        assertThat(enrolments.resume(id).startDate()).isEqualTo(samsToday.minusDays(27));
        long fresh = enrolments.restart(id, samsToday.plusDays(2)).id();
        assertThatThrownBy(() -> enrolments.restart(fresh, samsToday.plusDays(200)))
                .hasMessageContaining("within the next 90 days");

        // Sam's own change is recorded the same way, with Sam as the actor.
        actAs(new SignedInPerson(sam.personId(), sam.email(), sam.displayName(), sam.roles(), true, null,
                "Pacific/Auckland"));
        enrolments.pause(fresh);
        assertThat(jdbc.queryForList("select action || ' by ' || actor_name || ': ' || subject_label"
                + " from audit_events where subject_type = 'enrolment' order by id", String.class)).containsExactly(
                "enrolment.created by " + admin.displayName() + ": Sam Rivera in Back on track",
                "enrolment.paused by " + admin.displayName() + ": Sam Rivera in Back on track",
                "enrolment.resumed by " + admin.displayName() + ": Sam Rivera in Back on track",
                "enrolment.restarted by " + admin.displayName() + ": Sam Rivera in Back on track",
                "enrolment.paused by Sam Rivera: Sam Rivera in Back on track");
    }

    @Test
    void enrolmentsAreExportedAndForgottenWithTheAccount() {
        actAs(sam);
        enrolments.enrol(program, TODAY);
        PersonalData data = personalData.stream().filter(d -> d.section().equals("programEnrolments")).findFirst()
                .orElseThrow();

        assertThat(data.exportFor(sam.personId(), java.time.ZoneOffset.UTC).toString())
                .contains("Back on track", app.limber.account.ReadableTime.date(TODAY), "ACTIVE");
        transaction.executeWithoutResult(status -> data.forget(sam.personId()));
        assertThat(jdbc.queryForObject("select count(*) from enrolments", Integer.class)).isZero();

        PersonalData written = personalData.stream().filter(d -> d.section().equals("programsWritten")).findFirst()
                .orElseThrow();
        assertThat(written.exportFor(maya.personId(), java.time.ZoneOffset.UTC).toString()).contains("Back on track", "/programs/back-on-track");
    }
}
