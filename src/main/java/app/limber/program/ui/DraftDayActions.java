package app.limber.program.ui;

import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import java.util.List;

/** What the day dialog's buttons do to the editor's draft: the dialog's day first, then the move or copy. */
record DraftDayActions(ProgramDraft draft, Runnable changed) implements DayDialog.Actions {

    @Override
    public void apply(DayPlan plan) {
        draft.setDay(plan);
        changed.run();
    }

    /** The day as edited in the dialog goes to {@code toDay}; whatever was there takes its old place. */
    @Override
    public void move(DayPlan plan, int toDay) {
        draft.moveDay(plan.dayNumber(), toDay);
        draft.setDay(plan.onDay(toDay));
        changed.run();
    }

    @Override
    public void copy(DayPlan plan, List<Integer> toDays) {
        draft.setDay(plan);
        draft.copyDay(plan.dayNumber(), toDays);
        changed.run();
    }
}
