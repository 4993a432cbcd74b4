package app.limber.program.ui;

import app.limber.program.SessionPlan;
import app.limber.program.SessionService.StepKey;
import app.limber.program.StepVerdict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "Too hard" and "Felt good" under a step: one mark per step and session, for the instructor's step counts. Pressing
 * the marked one again takes it back. The marks of the whole session are read once, when the player opens.
 */
class StepMarks extends Div {

    private final SessionRecorder recorder;
    private final Map<StepKey, StepVerdict> marks;
    private final Map<StepVerdict, Button> buttons = new EnumMap<>(StepVerdict.class);
    private @Nullable StepKey step;

    StepMarks(SessionRecorder recorder, Map<StepKey, StepVerdict> marks) {
        this.recorder = recorder;
        this.marks = new java.util.HashMap<>(marks);
        addClassName("step-marks");
        Span label = new Span("Tell your instructor:");
        label.addClassName("step-marks-label");
        add(label);
        for (StepVerdict verdict : StepVerdict.values()) {
            Button button = new Button(verdict.label(), event -> toggle(verdict));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName("mark-" + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            buttons.put(verdict, button);
            add(button);
        }
    }

    /** Shows the marks of this step. */
    void showFor(SessionPlan.PlayedStep played) {
        step = new StepKey(played.routineId(), played.stepIndex());
        refresh();
    }

    private void toggle(StepVerdict verdict) {
        if (step == null) {
            return;
        }
        StepVerdict chosen = marks.get(step) == verdict ? null : verdict;
        try {
            recorder.mark(step, chosen);
            if (chosen == null) {
                marks.remove(step);
            } else {
                marks.put(step, chosen);
            }
        } catch (IllegalArgumentException refused) {
            com.vaadin.flow.component.notification.Notification.show(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        StepVerdict current = step == null ? null : marks.get(step);
        buttons.forEach((verdict, button) -> {
            boolean pressed = verdict == current;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    /** The mark on the step showing now (for tests). */
    @Nullable StepVerdict current() {
        return step == null ? null : marks.get(step);
    }
}
