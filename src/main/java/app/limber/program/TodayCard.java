package app.limber.program;

import app.limber.content.SessionRoutines.Outline;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One program on the runner's today page: where they are in it, today's session, what is left from missed days,
 * their streak and how much of the program is done.
 *
 * @param dayNumber today's day number, 0 before the start; above {@code lengthDays} once the program is over
 * @param today today's session, or null before the start and after the end
 * @param missed practice days before today not completed yet, oldest first
 * @param streak the program streak as {@link ProgramCalendar#programStreak} defines it
 * @param percent completed practice days as a percentage of the program's practice days
 */
public record TodayCard(long enrolmentId, String programTitle, String programSlug, EnrolmentStatus status,
        LocalDate startDate, int lengthDays, int dayNumber, @Nullable TodaySession today, List<MissedDay> missed,
        int streak, int percent, boolean calendarFeedOn) {

    /** Today's session: its routines (none on a rest day), the day's note, and whether it is done. */
    public record TodaySession(int dayNumber, String note, List<Outline> routines, boolean done) {

        public boolean isRest() {
            return routines.isEmpty();
        }

        public int totalSeconds() {
            return routines.stream().mapToInt(Outline::totalSeconds).sum();
        }
    }

    /** A practice day the runner can still catch up on. */
    public record MissedDay(int dayNumber, LocalDate date, List<String> routineTitles) {
    }

    public boolean isPaused() {
        return status == EnrolmentStatus.PAUSED;
    }

    public boolean notStarted() {
        return dayNumber < 1;
    }

    public boolean finished() {
        return dayNumber > lengthDays;
    }

    /** The player's address for a day of this enrolment. */
    public String sessionPath(int day) {
        return SessionService.sessionPath(enrolmentId, day);
    }
}
