package app.limber.program.ui;

import app.limber.content.RoutinePage;
import app.limber.content.SessionRoutines.SessionStep;
import app.limber.content.Side;
import app.limber.content.ui.VideoPlayer;
import app.limber.program.SessionPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;

/**
 * Plays a session step by step: name, cue, picture or clip, a countdown (or a breath count with a manual "Next"),
 * start/pause, skip and back, what comes next, and a last screen to say how it felt and mark it done. Every step
 * change is saved, so leaving and coming back resumes at the same step. What is saved, and where "Done" and the
 * leave link go, is up to the {@link SessionRecorder}: a runner's own session, or an instructor's preview that keeps
 * nothing.
 */
class SessionPlayer extends Section {

    private final SessionPlan plan;
    private final SessionRecorder recorder;
    private final List<SessionPlan.PlayedStep> steps;
    private final CountdownTimer timer = new CountdownTimer();
    private final Div stage = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span position = new Span();
    private final StepMarks marks;
    private int index;

    SessionPlayer(SessionPlan plan, SessionRecorder recorder) {
        this.plan = plan;
        this.recorder = recorder;
        this.steps = plan.steps();
        this.marks = new StepMarks(recorder, plan.isRest() ? java.util.Map.of() : recorder.marks());
        addClassName("session-player");
        Paragraph day = new Paragraph(plan.programTitle() + " · Day " + plan.dayNumber() + " of " + plan.lengthDays());
        day.addClassName("session-day");
        position.addClassName("step-position");
        progress.setMin(0);
        progress.setMax(Math.max(1, steps.size()));
        progress.getElement().setAttribute("aria-label", "Session progress");
        stage.addClassName("player-stage");
        Anchor leave = new Anchor(recorder.leavePath(), recorder.leaveText());
        leave.addClassName("leave-session");
        Div header = new Div(position, leave);
        header.addClassName("player-header");
        add(day, header, progress, stage);
        if (plan.done()) {
            Paragraph done = new Paragraph("You've done this session already. Practise it again as often as you like.");
            done.addClassName("already-done");
            addComponentAtIndex(1, done);
        }
        timer.onFinished(() -> goTo(index + 1, true));
        index = Math.clamp(plan.resumeStep(), 0, steps.size());
        show(false);
    }

    /** The step showing now; equal to the number of steps on the final screen. */
    int index() {
        return index;
    }

    private void goTo(int newIndex, boolean keepRunning) {
        index = Math.clamp(newIndex, 0, steps.size());
        recorder.savePlace(index);
        show(keepRunning);
    }

    private void show(boolean keepRunning) {
        stage.removeAll();
        progress.setValue(index);
        if (plan.isRest()) {
            position.setText("Rest day");
            stage.add(new H1("Rest day"), new Paragraph(plan.note().isBlank()
                    ? "Nothing to practise today: rest is part of the program." : plan.note()));
            return;
        }
        if (index >= steps.size()) {
            position.setText("All " + steps.size() + " steps done");
            stage.add(new FinishForm(recorder, () -> goTo(steps.size() - 1, false)));
            return;
        }
        SessionPlan.PlayedStep played = steps.get(index);
        SessionStep step = played.step();
        position.setText(played.routineTitle() + " · Step " + (index + 1) + " of " + steps.size());
        if (index == 0 && !plan.note().isBlank()) {
            Paragraph note = new Paragraph(plan.note());
            note.addClassName("day-note");
            stage.add(note);
        }
        H1 name = new H1(step.name());
        name.addClassName("step-name");
        stage.add(name);
        if (step.side() != Side.BOTH) {
            Span side = new Span(step.side().label() + " side");
            side.addClassName("step-side");
            stage.add(side);
        }
        if (!step.cue().isBlank()) {
            Paragraph cue = new Paragraph(step.cue());
            cue.addClassName("step-cue");
            stage.add(cue);
        }
        stage.add(media(step));
        stage.add(holdAndControls(step, keepRunning));
        marks.showFor(played);
        stage.add(marks, nextUp());
    }

    private Div media(SessionStep step) {
        Div media = new Div();
        media.addClassName("step-media");
        RoutinePage.Clip clip = step.clip();
        if (clip != null) {
            media.add(new VideoPlayer(clip.playback(), clip.startSeconds(), clip.endSeconds()));
        } else if (step.imageUrl() != null) {
            media.add(new Image(step.imageUrl(), step.name()));
        }
        return media;
    }

    private Div holdAndControls(SessionStep step, boolean keepRunning) {
        Div hold = new Div();
        hold.addClassName("step-hold");
        Button back = new Button("Back", event -> goTo(index - 1, false));
        back.addClassName("back");
        back.setEnabled(index > 0);
        Div controls = new Div(back);
        controls.addClassName("player-controls");
        Integer seconds = step.seconds();
        if (seconds != null) {
            timer.reset(seconds);
            hold.add(timer);
            Button startPause = new Button("Start");
            startPause.addClassName("start-pause");
            startPause.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            startPause.addClickListener(event -> {
                if (timer.isRunning()) {
                    timer.pause();
                    startPause.setText("Start");
                } else {
                    timer.start();
                    startPause.setText("Pause");
                }
            });
            if (keepRunning) {
                timer.start();
                startPause.setText("Pause");
            }
            Button skip = new Button("Skip", event -> goTo(index + 1, false));
            skip.addClassName("skip");
            controls.add(startPause, skip);
        } else {
            Span breaths = new Span(step.breaths() + " breaths");
            breaths.addClassName("breath-count");
            hold.add(breaths);
            Button next = new Button("Next", event -> goTo(index + 1, false));
            next.addClassName("next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            controls.add(next);
        }
        hold.add(controls);
        return hold;
    }

    private Div nextUp() {
        Div next = new Div();
        next.addClassName("next-up");
        if (index + 1 < steps.size()) {
            SessionStep following = steps.get(index + 1).step();
            next.add(new H2("Next up"), new Span(following.name() + " · " + hold(following)));
        } else {
            next.add(new H2("Next up"), new Span("Finish and tell us how it felt"));
        }
        return next;
    }

    static String hold(SessionStep step) {
        return step.seconds() != null ? CountdownTimer.format(step.seconds()) : step.breaths() + " breaths";
    }
}
