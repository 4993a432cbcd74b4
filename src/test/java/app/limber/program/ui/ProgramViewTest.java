package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.content.Visibility;
import app.limber.program.DayPlan;
import app.limber.program.EnrolmentService;
import app.limber.program.EnrolmentStatus;
import app.limber.program.MyEnrolment;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramViewTest extends UiTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Autowired
    ProgramService programs;

    @Autowired
    RoutineService routines;

    @Autowired
    EnrolmentService enrolments;

    long programId;

    @BeforeEach
    void aPublishedProgram() {
        clock.set(NOW);
        actAs(accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)));
        programId = program("Back on track", Visibility.PUBLIC);
        logout();
    }

    private long program(String title, Visibility visibility) {
        RoutineDraft routine = routines.load(routines.createDraft(title + " flow")).orElseThrow();
        StepDraft step = new StepDraft();
        step.setName("Breathe");
        routine.setSteps(List.of(step));
        routine = routines.save(routine);
        routines.publishNow(routine.getId(), routine.getVersion());
        ProgramDraft draft = programs.load(programs.createDraft(title)).orElseThrow();
        draft.setVisibility(visibility);
        draft.setDescription("Thirty days to get **moving** again. <script>alert(1)</script>");
        for (int day = 1; day <= 30; day += 2) {
            draft.setDay(new DayPlan(day, List.of(routine.getId()), day == 1 ? "Start gently." : "", Set.of()));
        }
        ProgramDraft saved = programs.save(draft);
        return programs.publishNow(saved.getId(), saved.getVersion()).getId();
    }

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void visitorSeesTheDescriptionScheduleAndAPromptToJoin() {
        navigateTo("programs/back-on-track");

        assertThat(_get(H1.class).getText()).isEqualTo("Back on track");
        assertThat(paragraphs()).contains("30 days · by Maya Lindqvist");
        assertThat(_find(Anchor.class, spec -> spec.withText("Back on track flow"))).hasSize(15);
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in to enrol"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Enrol"))).isEmpty();
        String html = _get(com.vaadin.flow.component.Html.class).getInnerHtml();
        assertThat(html).contains("<strong>moving</strong>").doesNotContain("<script>");
    }

    @Test
    void runnerEnrolsFromAChosenDateAndIsSentToToday() {
        SignedInPerson runner = loginAs(Role.RUNNER);
        navigateTo("programs/back-on-track");

        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel("Start on"));
        assertThat(start.getValue()).isEqualTo(TODAY);
        start.setValue(TODAY.minusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Enrol")));

        assertThat(paragraphs()).contains("You're enrolled: today is day 3 of 30.");
        assertThat(_find(Anchor.class, spec -> spec.withText("Go to today"))).hasSize(1);
        List<MyEnrolment> mine = enrolments.myEnrolments();
        assertThat(mine).extracting(MyEnrolment::personId).containsExactly(runner.personId());
        assertThat(mine.getFirst().status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(mine.getFirst().startDate()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void aStartDateOutsideTheAllowedRangeIsRefusedAtTheField() {
        loginAs(Role.RUNNER);
        navigateTo("programs/back-on-track");

        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel("Start on"));
        start.setValue(TODAY.plusDays(120));
        _click(_get(Button.class, spec -> spec.withText("Enrol")));

        assertThat(start.isInvalid()).isTrue();
        assertThat(enrolments.myEnrolments()).isEmpty();
    }

    @Test
    void anEnrolledRunnerSeesTheirDayInsteadOfTheEnrolButton() {
        loginAs(Role.RUNNER);
        enrolments.enrol(programId, TODAY.minusDays(11));

        long statements = statementsDuring(() -> navigateTo("programs/back-on-track"));

        assertThat(paragraphs()).contains("You're enrolled: today is day 12 of 30.");
        assertThat(_find(Button.class, spec -> spec.withText("Enrol"))).isEmpty();
        System.out.println("Program page for an enrolled runner: " + statements + " statements");
        assertThat(statements).isLessThanOrEqualTo(10);
    }

    @Test
    void anEnrolledRunnerPausesResumesRestartsAndLeavesFromTheProgramPage() {
        loginAs(Role.RUNNER);
        long first = enrolments.enrol(programId, TODAY.minusDays(4)).id();
        navigateTo("programs/back-on-track");

        _click(_get(Button.class, spec -> spec.withText("Pause")));
        assertThat(paragraphs()).contains("You're enrolled, paused on day 5 of 30.");
        _click(_get(Button.class, spec -> spec.withText("Resume")));
        assertThat(enrolments.find(first).status()).isEqualTo(EnrolmentStatus.ACTIVE);

        _click(_get(Button.class, spec -> spec.withText("Start again…")));
        _get(com.vaadin.flow.component.dialog.Dialog.class);
        _click(_get(Button.class, spec -> spec.withText("Start again")));
        assertThat(paragraphs()).contains("You're enrolled: today is day 1 of 30.");
        assertThat(enrolments.find(first).status()).isEqualTo(EnrolmentStatus.RESTARTED);

        _click(_get(Button.class, spec -> spec.withText("Leave")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(enrolments.myOpenEnrolment(programId)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Enrol"))).hasSize(1);
    }

    @Test
    void membersOnlyProgramsAreHiddenFromVisitorsAndDraftsFromEveryone() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        program("Members plan", Visibility.MEMBERS);
        programs.createDraft("Unfinished plan");
        logout();

        navigateTo("programs/members-plan");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that program");
        navigateTo("programs");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("program-card"))).extracting(Anchor::getHref)
                .containsExactly("programs/back-on-track");

        loginAs(Role.RUNNER);
        navigateTo("programs/members-plan");
        assertThat(_get(H1.class).getText()).isEqualTo("Members plan");
        navigateTo("programs/unfinished-plan");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that program");
    }
}
