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
     * Makes sure {@code count} benchmark runners exist, each enrolled in the demo runner's program so that today is
     * a day with routines (not a rest day). Their password is the demo runner's.
     */
    List<Runner> ensureRunners(int count) throws SQLException {
        List<Runner> runners = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long programId;
            try (PreparedStatement demo = db.prepareStatement("""
                    select e.program_id from enrolments e join people p on p.id = e.person_id
                    where p.email = ? and e.status = 'ACTIVE'""")) {
                demo.setString(1, DEMO_RUNNER);
                try (ResultSet row = demo.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("the demo runner " + DEMO_RUNNER
                                + " has no active enrolment: was the app started with LIMBER_DEMO=true?");
                    }
                    programId = row.getLong(1);
                }
            }
            int day;
            try (PreparedStatement practiceDay = db.prepareStatement("""
                    select coalesce(min(d.day_number), 0) from program_days d
                    where d.program_id = ? and d.day_number >= 3
                      and exists (select 1 from program_day_routines r where r.program_day_id = d.id)""")) {
                practiceDay.setLong(1, programId);
                try (ResultSet row = practiceDay.executeQuery()) {
                    row.next();
                    day = row.getInt(1);
                }
            }
            if (day == 0) {
                throw new IllegalStateException("the demo program has no day with routines from day 3 on");
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
                    select p.id, ?, current_date - ?, 'ACTIVE', now(), now() from people p
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
                    enrolment.setInt(2, day - 1);
                    enrolment.setString(3, email);
                    enrolment.setLong(4, programId);
                    enrolment.addBatch();
                }
                person.executeBatch();
                role.executeBatch();
                enrolment.executeBatch();
            }
            try (PreparedStatement enrolments = db.prepareStatement("""
                    select p.email, e.id, current_date - e.start_date + 1 from people p
                    join enrolments e on e.person_id = p.id and e.program_id = ? and e.status = 'ACTIVE'
                    where p.email like 'bench-runner-%@limber.test' order by p.email limit ?""")) {
                enrolments.setLong(1, programId);
                enrolments.setInt(2, count);
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

    /** Data statements (select, insert, update, delete) the application's database logged since {@code from}. */
    int statementsSince(long from) throws IOException {
        Pattern statement = Pattern.compile("@" + Pattern.quote(database)
                + " LOG:\\s+(?:statement|execute [^:]*):\\s*(?:select|insert|update|delete|with)\\b",
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
