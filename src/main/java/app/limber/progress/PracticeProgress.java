package app.limber.progress;

import app.limber.account.SignedInPerson;
import app.limber.program.PracticeDay;
import app.limber.program.PracticeLog;
import app.limber.program.ProgramCalendar;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in runner's own practice for the progress page: streaks, a month of practised days, and minutes per week,
 * all by their own local dates. Reads the practice log of the program feature; never anyone else's.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PracticeProgress {

    /** How many weeks the minutes chart shows, this week included. */
    public static final int WEEKS = 12;

    private final PracticeLog practiceLog;
    private final Clock clock;

    PracticeProgress(PracticeLog practiceLog, Clock clock) {
        this.practiceLog = practiceLog;
        this.clock = clock;
    }

    /** The practised days of one month: date → minutes practised (0 for a session without timed steps). */
    public record MonthOfPractice(YearMonth month, Map<LocalDate, Integer> minutes) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Minutes and sessions of the week starting on {@code monday}. */
    public record WeekOfPractice(LocalDate monday, int minutes, int sessions) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** What the top of the progress page shows. */
    public record Overview(LocalDate today, int currentStreak, int longestStreak, MonthOfPractice month,
            List<WeekOfPractice> weeks) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * Streaks, this month's calendar and the last {@value #WEEKS} weeks' minutes, in one query: every practised day
     * up to today with its totals (one short row per day, a few hundred for a runner of some years), from which the
     * streaks, the month and the weeks are counted here.
     */
    @Transactional(readOnly = true)
    public Overview overview() {
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<PracticeDay> practice = practiceLog.practiceBetween(LocalDate.EPOCH, today);
        SortedSet<LocalDate> practised = new TreeSet<>();
        practice.forEach(day -> practised.add(day.date()));
        ProgramCalendar.Streaks streaks = ProgramCalendar.practiceStreaks(practised, today);
        return new Overview(today, streaks.current(), streaks.longest(), monthOf(month, practice), weeks(firstMonday, practice));
    }

    /** The practised days of another month (for paging the calendar), in one query. */
    @Transactional(readOnly = true)
    public MonthOfPractice month(YearMonth month) {
        return monthOf(month, practiceLog.practiceBetween(month.atDay(1), month.atEndOfMonth()));
    }

    /** Today in the caller's own time zone. */
    public LocalDate today() {
        return ProgramCalendar.today(clock, SignedInPerson.current().zone());
    }

    private static MonthOfPractice monthOf(YearMonth month, List<PracticeDay> practice) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        practice.stream().filter(day -> YearMonth.from(day.date()).equals(month))
                .forEach(day -> days.put(day.date(), day.minutes()));
        return new MonthOfPractice(month, days);
    }

    private static List<WeekOfPractice> weeks(LocalDate firstMonday, List<PracticeDay> practice) {
        int[] minutes = new int[WEEKS];
        int[] sessions = new int[WEEKS];
        for (PracticeDay day : practice) {
            long week = java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day.date());
            if (!day.date().isBefore(firstMonday) && week < WEEKS) {
                minutes[(int) week] += day.minutes();
                sessions[(int) week] += day.sessions();
            }
        }
        List<WeekOfPractice> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new WeekOfPractice(firstMonday.plusWeeks(i), minutes[i], sessions[i]));
        }
        return weeks;
    }
}
