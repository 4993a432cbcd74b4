package app.limber.bench.uidl;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The benchmark's side door into the application's PostgreSQL database: it creates the benchmark runners (copies of
 * the demo runner, enrolled in the demo program, with the demo runner's password hash) and counts the SQL statements
 * the application sends, by switching {@code log_statement} on for the database and reading the server log.
 */
final class BenchDatabase {

    static final String DEMO_RUNNER = "runner@limber.test";

    private final String url;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String database;
    private final Path serverLog;

    BenchDatabase(String url, String user, String password, Path serverLog) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.serverLog = serverLog;
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        this.database = url.substring(slash + 1, query < 0 ? url.length() : query);
        this.adminUrl = url.substring(0, slash + 1) + "postgres";
    }

    String databaseName() {
        return database;
    }

    /** A benchmark runner: the email to sign in with, and the address of today's session in their program. */
    record Runner(String email, String sessionPath) {
    }

    /**
     * Makes sure {@code count} benchmark runners exist, each a copy of the demo runner: same password, same program
     * and start date, same completed sessions and self-test results.
     */
    List<Runner> ensureRunners(int count) throws SQLException {
        List<Runner> runners = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long programId;
            java.sql.Date startDate;
            try (PreparedStatement demo = db.prepareStatement("""
                    select e.program_id, e.start_date from enrolments e join people p on p.id = e.person_id
                    where p.email = ? and e.status = 'ACTIVE'""")) {
                demo.setString(1, DEMO_RUNNER);
                try (ResultSet row = demo.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("the demo runner " + DEMO_RUNNER
                                + " has no active enrolment: was the app started with LIMBER_DEMO=true?");
                    }
                    programId = row.getLong(1);
                    startDate = row.getDate(2);
                }
            }
            // The player opens today's session, or the latest earlier day with routines when today is a rest day.
            int day;
            try (PreparedStatement practiceDay = db.prepareStatement("""
                    select coalesce(max(d.day_number), 0) from program_days d
                    where d.program_id = ? and d.day_number <= current_date - ? + 1
                      and exists (select 1 from program_day_routines r where r.program_day_id = d.id)""")) {
                practiceDay.setLong(1, programId);
                practiceDay.setDate(2, startDate);
                try (ResultSet row = practiceDay.executeQuery()) {
                    row.next();
                    day = row.getInt(1);
                }
            }
            if (day == 0) {
                throw new IllegalStateException("the demo runner has no open day with routines in the demo program");
            }
            try (PreparedStatement person = db.prepareStatement("""
                    insert into people (email, display_name, password_hash, created_at, updated_at)
                    select ?, ?, password_hash, now(), now() from people where email = ?
                    on conflict do nothing""");
                    PreparedStatement role = db.prepareStatement("""
                    insert into person_roles (person_id, role) select id, 'RUNNER' from people where email = ?
                    on conflict do nothing""");
                    PreparedStatement enrolment = db.prepareStatement("""
                    insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                    select p.id, ?, ?, 'ACTIVE', now(), now() from people p
                    where p.email = ? and not exists
                        (select 1 from enrolments e where e.person_id = p.id and e.program_id = ?)""")) {
                for (int i = 1; i <= count; i++) {
                    String email = String.format("bench-runner-%04d@limber.test", i);
                    person.setString(1, email);
                    person.setString(2, "Bench Runner " + i);
                    person.setString(3, DEMO_RUNNER);
                    person.addBatch();
                    role.setString(1, email);
                    role.addBatch();
                    enrolment.setLong(1, programId);
                    enrolment.setDate(2, startDate);
                    enrolment.setString(3, email);
                    enrolment.setLong(4, programId);
                    enrolment.addBatch();
                }
                person.executeBatch();
                role.executeBatch();
                enrolment.executeBatch();
            }
            copyDemoHistory(db);
            try (PreparedStatement enrolments = db.prepareStatement("""
                    select p.email, e.id, ? from people p
                    join enrolments e on e.person_id = p.id and e.program_id = ? and e.status = 'ACTIVE'
                    where p.email like 'bench-runner-%@limber.test' order by p.email limit ?""")) {
                enrolments.setInt(1, day);
                enrolments.setLong(2, programId);
                enrolments.setInt(3, count);
                try (ResultSet row = enrolments.executeQuery()) {
                    while (row.next()) {
                        runners.add(new Runner(row.getString(1), "session/" + row.getLong(2) + "-" + row.getInt(3)));
                    }
                }
            }
            db.commit();
        }
        if (runners.size() < count) {
            throw new IllegalStateException("only " + runners.size() + " of " + count + " benchmark runners exist");
        }
        return runners;
    }

    /**
     * Gives every benchmark runner the demo runner's history (completed sessions, self-test results), so that the
     * progress page shows what a runner some days into the program sees.
     */
    private static void copyDemoHistory(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on,
                        practised_seconds, routine_titles, feel, note)
                    select be.id, be.person_id, c.day_number, c.completed_at, c.completed_on, c.practised_seconds,
                        c.routine_titles, c.feel, c.note
                    from session_completions c
                    join enrolments de on de.id = c.enrolment_id
                    join people dp on dp.id = de.person_id and dp.email = '%s'
                    join enrolments be on be.program_id = de.program_id and be.status = 'ACTIVE'
                    join people bp on bp.id = be.person_id and bp.email like 'bench-runner-%%@limber.test'
                    where not exists (select 1 from session_completions x
                                      where x.enrolment_id = be.id and x.day_number = c.day_number)"""
                    .formatted(DEMO_RUNNER));
            sql.executeUpdate("""
                    insert into self_test_results (self_test_id, person_id, measured_value, side, measured_on, note,
                        created_at)
                    select r.self_test_id, bp.id, r.measured_value, r.side, r.measured_on, r.note, r.created_at
                    from self_test_results r
                    join people dp on dp.id = r.person_id and dp.email = '%s'
                    cross join people bp
                    where bp.email like 'bench-runner-%%@limber.test'
                      and not exists (select 1 from self_test_results x where x.person_id = bp.id)"""
                    .formatted(DEMO_RUNNER));
        }
    }

    boolean canCountStatements() {
        return Files.isReadable(serverLog);
    }

    /**
     * Turns statement logging for the application's database on or off. The setting applies to new connections,
     * so the application's pooled connections are ended; the pool opens new ones on the next request.
     */
    void logStatements(boolean on) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("alter database \"" + database + "\" " + (on ? "set log_statement = 'all'" : "reset log_statement"));
            try (PreparedStatement end = admin.prepareStatement(
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                end.setString(1, database);
                end.executeQuery().close();
            }
        }
    }

    /** Current end of the server log, to count the statements logged after it. */
    long logPosition() throws IOException {
        return Files.size(serverLog);
    }

    /** Data statements (select, insert, update, delete, merge) the application's database logged since {@code from}. */
    int statementsSince(long from) throws IOException {
        Pattern statement = Pattern.compile("@" + Pattern.quote(database)
                + " LOG:\\s+(?:statement|execute [^:]*):\\s*(?:select|insert|update|delete|merge|with)\\b",
                Pattern.CASE_INSENSITIVE);
        int count = 0;
        try (RandomAccessFile log = new RandomAccessFile(serverLog.toFile(), "r")) {
            long length = log.length();
            if (length <= from) {
                return 0;
            }
            byte[] bytes = new byte[(int) (length - from)];
            log.seek(from);
            log.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (statement.matcher(line).find()) {
                    count++;
                }
            }
        }
        return count;
    }
}
