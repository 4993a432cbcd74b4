package app.limber.program.ui;

import app.limber.program.SessionPlan;
import app.limber.program.SessionService;
import app.limber.program.SessionService.StepKey;
import app.limber.program.StepVerdict;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A runner's own session: every step change, mark and the finish are saved through {@link SessionService}. */
record RunnerSessionRecorder(SessionService sessions, SessionPlan plan) implements SessionRecorder {

    /** The marks came with the plan (read with it when the session opened). */
    @Override
    public Map<StepKey, StepVerdict> marks() {
        return plan.marks();
    }

    @Override
    public void savePlace(int stepIndex) {
        sessions.savePlace(plan.enrolmentId(), plan.dayNumber(), stepIndex);
    }

    @Override
    public void mark(StepKey step, @Nullable StepVerdict verdict) {
        sessions.markStep(plan.enrolmentId(), plan.dayNumber(), step, verdict);
    }

    @Override
    public Exit finish(@Nullable Integer feel, String note) {
        SessionService.Completion result = sessions.complete(plan.enrolmentId(), plan.dayNumber(), feel, note);
        String said = result == SessionService.Completion.RECORDED ? "recorded" : "already";
        return new Exit("today", QueryParameters.simple(Map.of("done", said)));
    }

    @Override
    public String leavePath() {
        return "today";
    }

    @Override
    public String leaveText() {
        return "Leave · your place is kept";
    }
}
