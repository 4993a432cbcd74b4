package app.limber.program;

import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import java.util.List;

/** Routines and programs for program tests, written through the real services as the signed-in instructor. */
final class ProgramFixtures {

    private ProgramFixtures() {
    }

    /** A one-step routine by the signed-in instructor; published when asked. */
    static long routine(RoutineService routines, String title, boolean publish) {
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        StepDraft step = new StepDraft();
        step.setName("Breathe");
        step.setMeasure(StepDraft.Measure.SECONDS);
        step.setAmount(60);
        draft.setSteps(List.of(step));
        RoutineDraft saved = routines.save(draft);
        if (publish) {
            routines.publishNow(saved.getId(), saved.getVersion());
        }
        return saved.getId();
    }

    static DayPlan day(int number, long... routineIds) {
        return new DayPlan(number, java.util.Arrays.stream(routineIds).boxed().toList(), "", java.util.Set.of());
    }

    /** A published program by the signed-in instructor with these routines on days 1 and 2. */
    static long publishedProgram(ProgramService programs, String title, int lengthDays, long routineId) {
        ProgramDraft draft = programs.load(programs.createDraft(title)).orElseThrow();
        draft.setLengthDays(lengthDays);
        draft.setDay(day(1, routineId));
        draft.setDay(day(2, routineId));
        ProgramDraft saved = programs.save(draft);
        return programs.publishNow(saved.getId(), saved.getVersion()).getId();
    }
}
