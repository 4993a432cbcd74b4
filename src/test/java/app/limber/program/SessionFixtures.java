package app.limber.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Programs, routines, enrolments and completions written straight to the database, so tests of sessions and today's page do not
 * depend on the program editor.
 */
public record SessionFixtures(JdbcTemplate jdbc) {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));

    /** A published routine of the author with steps of the given seconds (a negative number means breaths). */
    public long routine(long authorId, String title, int... steps) {
        int total = 0;
        for (int step : steps) {
            total += step > 0 ? step : -step * 5;
        }
        Long id = jdbc.queryForObject("""
                insert into routines (author_id, title, slug, status, total_seconds, created_at, updated_at)
                values (?, ?, ?, 'PUBLISHED', ?, ?, ?) returning id""", Long.class,
                authorId, title, title.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(), total, NOW, NOW);
        for (int i = 0; i < steps.length; i++) {
            jdbc.update("insert into routine_steps (routine_id, position, name, cue, duration_seconds, breaths)"
                    + " values (?, ?, ?, ?, ?, ?)", id, i, title + " step " + (i + 1), "Cue " + (i + 1),
                    steps[i] > 0 ? steps[i] : null, steps[i] < 0 ? -steps[i] : null);
        }
        return id;
    }

    /** A published program of the given length; days are added with {@link #day}. */
    public long program(long authorId, String title, int lengthDays) {
        return jdbc.queryForObject("""
                insert into programs (author_id, title, slug, length_days, status, created_at, updated_at)
                values (?, ?, ?, ?, 'PUBLISHED', ?, ?) returning id""", Long.class,
                authorId, title, title.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(), lengthDays,
                NOW, NOW);
    }

    /** Puts these routines (in order) and a note on a day of the program. */
    public void day(long programId, int dayNumber, String note, List<Long> routineIds) {
        Long dayId = jdbc.queryForObject("insert into program_days (program_id, day_number, note) values (?, ?, ?)"
                + " returning id", Long.class, programId, dayNumber, note);
        for (int i = 0; i < routineIds.size(); i++) {
            jdbc.update("insert into program_day_routines (program_day_id, position, routine_id) values (?, ?, ?)",
                    dayId, i, routineIds.get(i));
        }
    }

    /** Every day from 1 to last with these routines, except the rest days given. */
    public void days(long programId, int last, List<Long> routineIds, int... restDays) {
        for (int day = 1; day <= last; day++) {
            int current = day;
            if (java.util.Arrays.stream(restDays).noneMatch(rest -> rest == current)) {
                day(programId, day, "", routineIds);
            }
        }
    }

    public long enrol(long personId, long programId, LocalDate startDate) {
        return jdbc.queryForObject("""
                insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?) returning id""", Long.class, personId, programId, startDate, NOW,
                NOW);
    }

    public void pause(long enrolmentId, LocalDate pausedOn) {
        jdbc.update("update enrolments set status = 'PAUSED', paused_on = ? where id = ?", pausedOn, enrolmentId);
    }

    public void leave(long enrolmentId) {
        jdbc.update("update enrolments set status = 'LEFT' where id = ?", enrolmentId);
    }

    public int completions(long enrolmentId) {
        return jdbc.queryForObject("select count(*) from session_completions where enrolment_id = ?", Integer.class,
                enrolmentId);
    }
}
