package app.limber.program;

import app.limber.account.SignedInPerson;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in runner's practice history across all their programs, by their own local dates (the date a session
 * was completed on, in the runner's time zone). For calendars and streaks ({@link ProgramCalendar#practiceStreaks}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PracticeLog {

    private final SessionCompletionRepository completions;

    PracticeLog(SessionCompletionRepository completions) {
        this.completions = completions;
    }

    /** The caller's practice per date between two dates (inclusive), dates without practice left out, in order. */
    @Transactional(readOnly = true)
    public List<PracticeDay> practiceBetween(LocalDate from, LocalDate to) {
        return completions.dailyTotals(SignedInPerson.current().personId(), from, to).stream()
                .map(row -> PracticeDay.of(row.getDate(), row.getSeconds(), row.getSessions())).toList();
    }

    /** Every date on which the caller completed at least one session. */
    @Transactional(readOnly = true)
    public SortedSet<LocalDate> practisedDays() {
        return new TreeSet<>(completions.practisedDates(SignedInPerson.current().personId()));
    }

    /** The caller's practice streaks over calendar days, as of their today. */
    @Transactional(readOnly = true)
    public ProgramCalendar.Streaks streaks(LocalDate today) {
        return ProgramCalendar.practiceStreaks(practisedDays(), today);
    }
}
