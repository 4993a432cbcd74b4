package app.limber.coaching;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completions, self-tests and results written straight to the database for the coaching tests. */
record CoachingFixtures(JdbcTemplate jdbc) {

    void completed(long enrolmentId, int dayNumber, Instant at, LocalDate on, Integer feel, String note) {
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                    practised_seconds, routine_titles, feel, note)
                select id, person_id, ?, ?, ?, 300, 'Sun salutation', ?, ? from enrolments where id = ?""",
                dayNumber, Timestamp.from(at), on, feel, note, enrolmentId);
    }

    long selfTest(long authorId, String name, String unit, boolean perSide) {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        return jdbc.queryForObject("""
                insert into self_tests (author_id, name, unit, per_side, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, authorId, name, unit, perSide, now, now);
    }

    /** Makes day 1 of the program prompt the self-test (the day must exist). */
    void prompt(long programId, int dayNumber, long selfTestId) {
        jdbc.update("""
                insert into program_day_self_tests (program_day_id, self_test_id)
                select id, ? from program_days where program_id = ? and day_number = ?""",
                selfTestId, programId, dayNumber);
    }

    void result(long selfTestId, long personId, String side, double value, LocalDate on) {
        jdbc.update("""
                insert into self_test_results (self_test_id, person_id, measured_value, side, measured_on, created_at)
                values (?, ?, ?, ?, ?, ?)""", selfTestId, personId, value, side, on,
                Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
    }
}
