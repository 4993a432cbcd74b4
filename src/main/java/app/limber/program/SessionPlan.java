package app.limber.program;

import app.limber.content.SessionRoutines.SessionRoutine;
import app.limber.content.SessionRoutines.SessionStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day's session of an enrolment as the player shows it: its routines and steps, the day's note, where the
 * runner left off ({@code resumeStep}, an index into {@link #steps()}), whether it is done already and the runner's
 * marks on its steps (none in a preview).
 */
public record SessionPlan(long enrolmentId, int dayNumber, LocalDate date, String programTitle, int lengthDays,
        String note, List<SessionRoutine> routines, int resumeStep, boolean done,
        Map<SessionService.StepKey, StepVerdict> marks) {

    /** A step of the session with the routine it belongs to and its place in it ({@code stepIndex}, 0 first). */
    public record PlayedStep(long routineId, String routineTitle, int stepIndex, SessionStep step) {
    }

    public boolean isRest() {
        return routines.isEmpty();
    }

    /** All steps of all routines, in order. */
    public List<PlayedStep> steps() {
        return routines.stream().flatMap(routine -> java.util.stream.IntStream.range(0, routine.steps().size())
                .mapToObj(index -> new PlayedStep(routine.id(), routine.title(), index, routine.steps().get(index))))
                .toList();
    }

    /** The address of the player for this session. */
    public String path() {
        return SessionService.sessionPath(enrolmentId, dayNumber);
    }
}
