package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionPlayerViewTest extends UiTest {

    SessionFixtures fixtures;
    SignedInPerson runner;
    long enrolment;

    @BeforeEach
    void aRunnerOnDayTwo() {
        fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        // Sun salute: 30 s, then 5 breaths; toe stretch: 45 s.
        long sunSalute = fixtures.routine(coach, "Runner's Sun Salute", 30, -5);
        long toeStretch = fixtures.routine(coach, "Post-run toe stretch", 45);
        long program = fixtures.program(coach, "Back on track", 10);
        fixtures.day(program, 1, "", List.of(sunSalute));
        fixtures.day(program, 2, "Go gently after yesterday.", List.of(sunSalute, toeStretch));
        clock.set(Instant.parse("2026-03-02T07:00:00Z"));
        runner = loginAs(Role.RUNNER);
        enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
    }

    private String stepName() {
        return _get(H1.class, spec -> spec.withClasses("step-name")).getText();
    }

    private String position() {
        return _get(Span.class, spec -> spec.withClasses("step-position")).getText();
    }

    private void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void playingStepByStepAndFinishingRecordsTheCompletion() {
        navigateTo("session/" + enrolment + "-2");

        assertThat(position()).isEqualTo("Runner's Sun Salute · Step 1 of 3");
        assertThat(stepName()).isEqualTo("Runner's Sun Salute step 1");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("day-note")).getText())
                .isEqualTo("Go gently after yesterday.");
        assertThat(_get(CountdownTimer.class).getText()).isEqualTo("0:30");
        assertThat(_get(Span.class, spec -> spec.withText("Runner's Sun Salute step 2 · 5 breaths"))).isNotNull();

        click("Start");
        assertThat(_get(Button.class, spec -> spec.withClasses("start-pause")).getText()).isEqualTo("Pause");
        click("Pause");
        assertThat(_get(Button.class, spec -> spec.withClasses("start-pause")).getText()).isEqualTo("Start");
        click("Start");
        // The browser says the countdown reached zero: on to the breath step.
        _get(CountdownTimer.class).finished();
        assertThat(stepName()).isEqualTo("Runner's Sun Salute step 2");
        assertThat(_get(Span.class, spec -> spec.withClasses("breath-count")).getText()).isEqualTo("5 breaths");

        click("Back");
        assertThat(stepName()).isEqualTo("Runner's Sun Salute step 1");
        click("Skip");
        click("Next");
        assertThat(position()).isEqualTo("Post-run toe stretch · Step 3 of 3");
        assertThat(_get(Span.class, spec -> spec.withText("Finish and tell us how it felt"))).isNotNull();
        click("Skip");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> feel = _get(RadioButtonGroup.class);
        feel.setValue(4);
        _get(TextArea.class).setValue("Toes much happier");
        click("Done");

        assertThat(currentPath()).isEqualTo("today");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("done-confirmation")).getText())
                .isEqualTo("Session done. Well practised!");
        Map<String, Object> row = jdbc.queryForMap("select * from session_completions");
        assertThat(row.get("day_number")).isEqualTo(2);
        assertThat(((Number) row.get("feel")).intValue()).isEqualTo(4);
        assertThat(row.get("note")).isEqualTo("Toes much happier");
        assertThat(row.get("practised_seconds")).isEqualTo(30 + 25 + 45);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("streak")).getText())
                .isEqualTo("1 session in a row");
    }

    @Test
    void aStepMarkedTooHardIsRememberedAndCanBeChangedOrTakenBack() {
        navigateTo("session/" + enrolment + "-2");
        click("Too hard");
        click("Skip");
        assertThat(_get(StepMarks.class).current()).as("the next step has no mark").isNull();

        navigateTo("today");
        navigateTo("session/" + enrolment + "-2");
        click("Back");
        assertThat(_get(StepMarks.class).current()).isEqualTo(app.limber.program.StepVerdict.TOO_HARD);
        assertThat(_get(Button.class, spec -> spec.withText("Too hard")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        click("Felt good");
        assertThat(jdbc.queryForObject("select verdict from step_feedback", String.class)).isEqualTo("FELT_GOOD");
        click("Felt good");
        assertThat(jdbc.queryForObject("select count(*) from step_feedback", Integer.class)).isZero();
    }

    @Test
    void theFinishFormSaysWhoReadsTheNote() {
        navigateTo("session/" + enrolment + "-1");
        click("Skip");
        click("Next");

        assertThat(_get(TextArea.class).getHelperText()).startsWith("Your note is visible to your instructor");
    }

    @Test
    void leavingMidWayKeepsThePlace() {
        navigateTo("session/" + enrolment + "-2");
        click("Skip");
        click("Next");
        assertThat(position()).endsWith("Step 3 of 3");

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("leave-session"))
                .getHref()).isEqualTo("today");
        navigateTo("today");
        navigateTo("session/" + enrolment + "-2");

        assertThat(position()).isEqualTo("Post-run toe stretch · Step 3 of 3");
        assertThat(stepName()).isEqualTo("Post-run toe stretch step 1");
    }

    @Test
    void aSecondDoneChangesNothingAndSaysSo() {
        navigateTo("session/" + enrolment + "-1");
        click("Skip");
        click("Next");
        click("Done");
        navigateTo("session/" + enrolment + "-1");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("already-done"))).isNotNull();
        click("Skip");
        click("Next");
        _get(TextArea.class).setValue("Again");
        click("Done");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("done-confirmation")).getText())
                .startsWith("You had already done that session");
        assertThat(fixtures.completions(enrolment)).isEqualTo(1);
    }

    @Test
    void someoneElsesSessionIsNotFound() {
        loginAs(Role.RUNNER);
        navigateTo("session/" + enrolment + "-1");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that session");
        assertThat(_find(Button.class, spec -> spec.withText("Done"))).isEmpty();
    }

    @Test
    void aDayNotOpenYetSaysWhenItOpens() {
        navigateTo("session/" + enrolment + "-3");
        assertThat(_get(H1.class).getText()).isEqualTo("This session isn't open");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Day 3 opens on Tuesday 3 March.");
    }

    @Test
    void aMalformedAddressIsNotFound() {
        navigateTo("session/nonsense");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that session");
    }
}
