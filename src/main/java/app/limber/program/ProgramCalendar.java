package app.limber.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * All schedule arithmetic of programs in one place: drip release, day numbers, missed days, completion percentage
 * and streaks. Pure functions of dates; "today" is always the runner's own local date ({@link #today(Clock, ZoneId)}),
 * so two runners in different time zones can be on different days at the same instant.
 *
 * <p>Definitions:
 * <ul>
 * <li><b>Day number</b>: day 1 is the start date; day N is {@code start + N - 1} days. It unlocks at local midnight
 * of that date in the runner's zone (a calendar-date rule, so DST changes never shift it).</li>
 * <li><b>Unlocked</b>: day numbers 1 up to today's day number (capped at the program's length); earlier days stay
 * unlocked for catch-up, later days are locked.</li>
 * <li><b>Practice day</b>: a program day with routines; all other days are rest days.</li>
 * <li><b>Missed</b>: a practice day before today's day number that is not completed.</li>
 * <li><b>Completion percentage</b>: completed practice days / practice days of the program, rounded down.</li>
 * <li><b>Program streak</b> ({@link #programStreak}): how many practice days in a row are completed, counting back
 * from the latest unlocked practice day. Rest days neither break nor count; today's session not done yet does not
 * break it (the runner still has the day); a catch-up completion fills its gap.</li>
 * <li><b>Practice streaks</b> ({@link #practiceStreaks}): over calendar days across all programs; the current
 * streak is the run of consecutive practised dates ending today, or yesterday when today is not practised yet; the
 * longest is the longest such run up to today.</li>
 * </ul>
 */
public final class ProgramCalendar {

    /** A current and a longest streak, in days. */
    public record Streaks(int current, int longest) {

        public static final Streaks NONE = new Streaks(0, 0);
    }

    private ProgramCalendar() {
    }

    /** The runner's local date now. */
    public static LocalDate today(Clock clock, ZoneId runnersZone) {
        return LocalDate.now(clock.withZone(runnersZone));
    }

    /** The day number a date falls on: 1 on the start date, 0 or less before it, above the length after the end. */
    public static int dayNumberOn(LocalDate startDate, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(startDate, date)) + 1;
    }

    /** The date a day number falls on. */
    public static LocalDate dateOf(LocalDate startDate, int dayNumber) {
        return startDate.plusDays(dayNumber - 1L);
    }

    /** How many days are unlocked on this date: 0 before the start, at most the program's length. */
    public static int unlockedDays(LocalDate startDate, int lengthDays, LocalDate today) {
        return Math.clamp(dayNumberOn(startDate, today), 0, lengthDays);
    }

    /** Whether the runner may open (and complete) this day on this date. */
    public static boolean isUnlocked(LocalDate startDate, int lengthDays, int dayNumber, LocalDate today) {
        return dayNumber >= 1 && dayNumber <= unlockedDays(startDate, lengthDays, today);
    }

    /** Today's day number if the program is running today (1..length), otherwise 0. */
    public static int todaysDay(LocalDate startDate, int lengthDays, LocalDate today) {
        int day = dayNumberOn(startDate, today);
        return day >= 1 && day <= lengthDays ? day : 0;
    }

    /** The date an enrolment's schedule stands at: today, or the day it was paused on (a paused program stands still). */
    public static LocalDate standsAt(boolean paused, @org.jspecify.annotations.Nullable LocalDate pausedOn,
            LocalDate today) {
        return paused && pausedOn != null && pausedOn.isBefore(today) ? pausedOn : today;
    }

    /** Practice days before today (or all of them once the program is over) that are not completed, in order. */
    public static List<Integer> missedDays(LocalDate startDate, int lengthDays, Collection<Integer> practiceDays,
            Set<Integer> completedDays, LocalDate today) {
        int firstNotPast = Math.min(dayNumberOn(startDate, today), lengthDays + 1);
        List<Integer> missed = new ArrayList<>();
        practiceDays.stream().sorted()
                .filter(day -> day >= 1 && day < firstNotPast && !completedDays.contains(day))
                .forEach(missed::add);
        return missed;
    }

    /** Completed practice days as a whole percentage of the program's practice days (100 with none scheduled). */
    public static int completionPercent(Collection<Integer> practiceDays, Set<Integer> completedDays) {
        if (practiceDays.isEmpty()) {
            return 100;
        }
        long done = practiceDays.stream().filter(completedDays::contains).count();
        return (int) (done * 100 / practiceDays.size());
    }

    /** The program streak as defined in the class comment. */
    public static int programStreak(LocalDate startDate, int lengthDays, Collection<Integer> practiceDays,
            Set<Integer> completedDays, LocalDate today) {
        int unlocked = unlockedDays(startDate, lengthDays, today);
        int todays = dayNumberOn(startDate, today);
        List<Integer> backwards = practiceDays.stream().filter(day -> day >= 1 && day <= unlocked)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        int streak = 0;
        for (int day : backwards) {
            if (completedDays.contains(day)) {
                streak++;
            } else if (day != todays) {
                break;
            }
        }
        return streak;
    }

    /**
     * Streaks over calendar days across all programs: current = consecutive practised dates ending today (or
     * yesterday, when today is not practised yet), longest = the longest run of consecutive dates up to today.
     * Dates after today are ignored.
     */
    public static Streaks practiceStreaks(SortedSet<LocalDate> practisedDays, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : practisedDays.headSet(today.plusDays(1))) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean runReachesToday = previous != null
                && (previous.equals(today) || previous.equals(today.minusDays(1)));
        return new Streaks(runReachesToday ? run : 0, longest);
    }
}
