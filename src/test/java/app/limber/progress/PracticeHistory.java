package app.limber.progress;

import app.limber.program.SessionFixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/** A runner's completed sessions, written straight to the database for progress tests. */
public final class PracticeHistory {

    private final JdbcTemplate jdbc;
    private final long personId;
    private final long enrolmentId;
    private int nextDay = 1;

    /** Enrols the runner in a fresh 60-day program by the author, starting on {@code start}. */
    public PracticeHistory(JdbcTemplate jdbc, long authorId, long personId, LocalDate start) {
        this.jdbc = jdbc;
        this.personId = personId;
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        long program = fixtures.program(authorId, "Back on track " + System.nanoTime(), 60);
        this.enrolmentId = fixtures.enrol(personId, program, start);
    }

    /** Records the next program day as completed on this date, with this many minutes practised. */
    public PracticeHistory completed(LocalDate on, int minutes) {
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                    practised_seconds) values (?, ?, ?, ?, ?, ?)""", enrolmentId, personId, nextDay++,
                Timestamp.from(on.atTime(7, 30).toInstant(ZoneOffset.UTC)), on, minutes * 60);
        return this;
    }
}
