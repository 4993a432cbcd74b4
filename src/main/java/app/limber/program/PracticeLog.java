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

    /** Who reads a session note: said wherever a runner writes one (the rule the coaching pages enforce). */
    public static final String NOTE_READERS = "Your note is visible to your instructor (the author of this program)"
            + " and to the site's admins, and to nobody else.";

    private final SessionCompletionRepository completions;
    private final java.time.Clock clock;

    PracticeLog(SessionCompletionRepository completions, java.time.Clock clock) {
        this.completions = completions;
        this.clock = clock;
    }

    /** A page (0 first) of the caller's finished sessions, newest first (one statement). */
    @Transactional(readOnly = true)
    public List<SessionLogEntry> mySessions(int page, int pageSize) {
        return myLog(page, pageSize).entries();
    }

    /** A page of the caller's log and how many sessions there are in all, in one statement. */
    public record LogPage(List<SessionLogEntry> entries, long total) {
    }

    /**
     * A page (0 first) of the caller's finished sessions, newest first, with how many there are in all (one
     * statement); a page beyond the end is empty, with a total of 0.
     */
    @Transactional(readOnly = true)
    public LogPage myLog(int page, int pageSize) {
        java.time.Instant now = clock.instant();
        List<Object[]> rows = completions.logPage(SignedInPerson.current().personId(),
                org.springframework.data.domain.PageRequest.of(page, pageSize));
        List<SessionLogEntry> entries = rows.stream().map(row -> {
            SessionCompletion done = (SessionCompletion) row[0];
            return new SessionLogEntry(done.id(), done.completedOn(), (String) row[1], done.dayNumber(),
                    (done.practisedSeconds() + 59) / 60, done.feel(), done.note(),
                    now.isBefore(done.noteEditableUntil()));
        }).toList();
        return new LogPage(entries, rows.isEmpty() ? 0 : ((Number) rows.getFirst()[2]).longValue());
    }

    /** How many sessions the caller has finished. */
    @Transactional(readOnly = true)
    public long countMySessions() {
        return completions.countByPersonId(SignedInPerson.current().personId());
    }

    /**
     * Changes the note of one of the caller's sessions, for 7 days after it was finished; refused for someone else's
     * session, after the week, and for a note over {@value SessionCompletion#NOTE_MAX} characters.
     */
    @Transactional
    public void changeNote(long completionId, String note) {
        String clean = note.strip();
        if (clean.length() > SessionCompletion.NOTE_MAX) {
            throw new IllegalArgumentException("Keep the note under " + SessionCompletion.NOTE_MAX + " characters.");
        }
        SessionCompletion done = completions.findById(completionId)
                .filter(found -> found.personId() == SignedInPerson.current().personId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "This session isn't yours."));
        if (!clock.instant().isBefore(done.noteEditableUntil())) {
            throw new IllegalArgumentException("Notes can be changed for 7 days after the session; this one is "
                    + "older.");
        }
        done.changeNote(clean);
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
