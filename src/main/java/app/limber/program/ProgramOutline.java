package app.limber.program;

import java.util.List;

/**
 * A program's schedule for other parts of the app (today's session, the calendar feed, progress): only the days
 * that have something on them are listed, in order; {@link #day(int)} answers for any day.
 */
public record ProgramOutline(long id, String title, String slug, int lengthDays, List<DayPlan> days) {

    public ProgramOutline {
        days = List.copyOf(days);
    }

    /** The plan for day {@code dayNumber} (1-based); a rest day when nothing is planned. */
    public DayPlan day(int dayNumber) {
        return days.stream().filter(day -> day.dayNumber() == dayNumber).findFirst()
                .orElseGet(() -> DayPlan.rest(dayNumber));
    }
}
