package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.platform.ui.AccessDeniedView;
import app.limber.program.SessionFixtures;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A program day in the session player before (or after) publishing: for its author and admins, recording nothing. */
class DayPreviewViewTest extends UiTest {

    SessionFixtures fixtures;
    SignedInPerson author;
    long program;
    long draftRoutine;

    @BeforeEach
    void aDraftProgramWithTwoPlannedDays() {
        fixtures = new SessionFixtures(jdbc);
        author = accounts.create(Set.of(Role.INSTRUCTOR));
        // Sun salute: 30 s, then 5 breaths; toe stretch: 45 s.
        long sunSalute = fixtures.routine(author.personId(), "Runner's Sun Salute", 30, -5);
        long toeStretch = fixtures.routine(author.personId(), "Post-run toe stretch", 45);
        draftRoutine = fixtures.routine(author.personId(), "Hip opener (draft)", 60);
        jdbc.update("update routines set status = 'DRAFT' where id = ?", draftRoutine);
        program = fixtures.program(author.personId(), "Back on track", 10);
        jdbc.update("update programs set status = 'DRAFT' where id = ?", program);
        fixtures.day(program, 1, "", List.of(sunSalute));
        fixtures.day(program, 2, "Go gently after yesterday.", List.of(sunSalute, toeStretch, draftRoutine));
        clock.set(Instant.parse("2026-03-02T07:00:00Z"));
    }

    private String preview(int day) {
        return "studio/programs/" + program + "/preview/day/" + day;
    }

    private String position() {
        return _get(Span.class, spec -> spec.withClasses("step-position")).getText();
    }

    private void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Plays the whole of day 2: start, a mark, skip, next, skip, then "Done" with a feel and a note. */
    private void playDayTwoToTheEnd() {
        click("Start");
        click("Too hard");
        click("Skip");
        click("Next");
        click("Skip");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> feel = _get(RadioButtonGroup.class);
        feel.setValue(4);
        _get(TextArea.class).setValue("Would a runner enjoy this?");
        click("Done");
    }

    @Test
    void theAuthorPlaysADraftProgramsDayAsRunnersWouldGetIt() {
        loginAs(author);
        navigateTo(preview(2));

        assertThat(currentView()).isInstanceOf(DayPreviewView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("preview-title")).getText())
                .isEqualTo("Preview — nothing is recorded");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("back-to-editor")).getHref())
                .isEqualTo("studio/programs/" + program);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("routines-left-out")).getText())
                .startsWith("1 routine on this day is not published yet");
        assertThat(position()).isEqualTo("Runner's Sun Salute · Step 1 of 3");
        assertThat(_get(H1.class, spec -> spec.withClasses("step-name")).getText())
                .isEqualTo("Runner's Sun Salute step 1");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("day-note")).getText())
                .isEqualTo("Go gently after yesterday.");
        assertThat(_get(CountdownTimer.class).getText()).isEqualTo("0:30");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("leave-session")).getHref())
                .isEqualTo("studio/programs/" + program);
        click("Skip");
        click("Next");
        assertThat(position()).isEqualTo("Post-run toe stretch · Step 3 of 3");
    }

    @Test
    void finishingAPreviewRecordsNothingAndGoesBackToTheEditor() {
        loginAs(author);
        navigateTo(preview(2));
        playDayTwoToTheEnd();

        assertThat(currentPath()).isEqualTo("studio/programs/" + program);
        NotificationsKt.expectNotifications("Preview finished: nothing was recorded.");
        assertThat(rows("session_places")).isZero();
        assertThat(rows("session_completions")).isZero();
        assertThat(rows("step_feedback")).isZero();
        assertThat(rows("enrolments")).isZero();
    }

    @Test
    void aPublishedProgramsPreviewRecordsNothingEither() {
        jdbc.update("update programs set status = 'PUBLISHED' where id = ?", program);
        jdbc.update("update routines set status = 'PUBLISHED' where id = ?", draftRoutine);
        loginAs(author);
        navigateTo(preview(2));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("routines-left-out"))).isEmpty();
        assertThat(position()).endsWith("Step 1 of 4");
        click("Skip");
        navigateTo(preview(2));
        assertThat(position()).as("a preview keeps no place").endsWith("Step 1 of 4");

        click("Skip");
        click("Next");
        click("Felt good");
        click("Skip");
        click("Skip");
        click("Done");

        assertThat(rows("session_places") + rows("session_completions") + rows("step_feedback")).isZero();
    }

    @Test
    void anAdminMayPreviewAnyProgram() {
        loginAs(Role.ADMIN);
        navigateTo(preview(1));

        assertThat(currentView()).isInstanceOf(DayPreviewView.class);
        assertThat(position()).isEqualTo("Runner's Sun Salute · Step 1 of 2");
    }

    @Test
    void anotherInstructorGetsTheNotAllowedPage() {
        loginAs(Role.INSTRUCTOR);

        assertThat(navigateTo(preview(2))).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Span.class, spec -> spec.withClasses("step-position"))).isEmpty();
    }

    @Test
    void aRunnerGetsTheNotAllowedPage() {
        loginAs(Role.RUNNER);

        assertThat(navigateTo(preview(2))).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Span.class, spec -> spec.withClasses("step-position"))).isEmpty();
    }

    @Test
    void aDayBeyondTheProgramIsNotFound() {
        loginAs(author);

        navigateTo(preview(11));
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that day");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("This program has no day 11.");
        assertThat(_find(Div.class, spec -> spec.withClasses("preview-banner"))).isEmpty();
    }
}
