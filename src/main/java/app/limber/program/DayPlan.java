package app.limber.program;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Collections;

/**
 * One day of a program's schedule: its routines in order (none means a rest day), a note for the runner, and the
 * self-tests it prompts. Days are numbered from 1.
 */
public record DayPlan(int dayNumber, List<Long> routineIds, String note, Set<Long> selfTestIds) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public DayPlan {
        routineIds = List.copyOf(routineIds);
        note = note == null ? "" : note.strip();
        selfTestIds = Collections.unmodifiableSet(new LinkedHashSet<>(selfTestIds));
    }

    /** A rest day with nothing on it. */
    public static DayPlan rest(int dayNumber) {
        return new DayPlan(dayNumber, List.of(), "", Set.of());
    }

    /** No routines: a rest day (it may still carry a note or a self-test prompt). */
    public boolean isRest() {
        return routineIds.isEmpty();
    }

    /** Nothing at all on this day: no routines, no note, no self-test. Such days are not stored. */
    public boolean isEmpty() {
        return routineIds.isEmpty() && note.isEmpty() && selfTestIds.isEmpty();
    }

    /** The same plan on another day. */
    public DayPlan onDay(int otherDayNumber) {
        return new DayPlan(otherDayNumber, routineIds, note, selfTestIds);
    }
}
