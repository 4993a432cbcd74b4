package app.limber.admin;

import static app.limber.platform.jobs.BackgroundJobs.instant;
import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The stored import runs and their rows ({@code member_imports}, {@code member_import_rows}): what the background job
 * works through and what the report pages read. Callers bring the transaction.
 */
@Component
class MemberImportRuns {

    /** A row still to be handled: a valid line whose account, invitation and enrolment are not made yet. */
    record WaitingRow(int line, String name, String email, String program, @Nullable Long programId) {
    }

    private static final String PROGRESS = """
            select i.id, i.file_name, i.status, i.total_rows, i.started_at, i.finished_at,
                   (select count(*) from member_import_rows r where r.import_id = i.id and r.result = 'CREATED') invited,
                   (select count(*) from member_import_rows r where r.import_id = i.id
                        and r.result = 'ALREADY_EXISTS') skipped,
                   (select count(*) from member_import_rows r where r.import_id = i.id and r.result = 'INVALID') invalid
            from member_imports i""";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    MemberImportRuns(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    long create(long startedBy, String fileName, int totalRows, Instant now, Instant watchedUntil) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                insert into member_imports (started_by, file_name, total_rows, started_at, watched_until)
                values (:by, :file, :total, :now, :watched)""")
                .param("by", startedBy).param("file", cut(fileName, 255)).param("total", totalRows)
                .param("now", timestamp(now)).param("watched", timestamp(watchedUntil))
                .update(key, "id");
        return java.util.Objects.requireNonNull(key.getKeyAs(Long.class));
    }

    /** Stores the rows of a new import in one batch; a row with a result is already decided (invalid, duplicate). */
    void addRows(long importId, List<RowReport> decided, List<WaitingRow> waiting) {
        String sql = "insert into member_import_rows (import_id, line, name, email, program, program_id, result, message) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> batch = new java.util.ArrayList<>(decided.size() + waiting.size());
        for (RowReport row : decided) {
            batch.add(new Object[] {importId, row.line(), cut(row.name(), 200), cut(row.email(), 400),
                    cut(row.program(), 400), null, row.result().name(), cut(row.message(), 1000)});
        }
        for (WaitingRow row : waiting) {
            batch.add(new Object[] {importId, row.line(), row.name(), row.email(), cut(row.program(), 400),
                    row.programId(), null, ""});
        }
        jdbc.batchUpdate(sql, batch);
    }

    /** The next rows of this import still to be handled, in file order. */
    List<WaitingRow> waiting(long importId, int limit) {
        return db.sql("""
                select line, name, email, program, program_id from member_import_rows
                where import_id = :id and result is null order by line limit :limit""")
                .param("id", importId).param("limit", limit)
                .query((row, n) -> new WaitingRow(row.getInt("line"), row.getString("name"), row.getString("email"),
                        row.getString("program"), row.getObject("program_id", Long.class)))
                .list();
    }

    /** Writes what became of handled rows. */
    void record(long importId, List<RowReport> handled) {
        jdbc.batchUpdate("update member_import_rows set result = ?, message = ? where import_id = ? and line = ?",
                handled.stream().map(row -> new Object[] {row.result().name(), cut(row.message(), 1000), importId,
                        row.line()}).toList());
    }

    /** Reports every row still waiting as invalid, with this reason. */
    void giveUpWaiting(long importId, String reason) {
        db.sql("update member_import_rows set result = 'INVALID', message = :reason where import_id = :id "
                        + "and result is null")
                .param("reason", reason).param("id", importId).update();
    }

    List<Long> running() {
        return db.sql("select id from member_imports where status = 'RUNNING' order by id").query(Long.class).list();
    }

    /** Marks the import finished with its final counts; false if it already was. */
    boolean finish(long importId, ImportProgress counts, Instant now) {
        return db.sql("""
                update member_imports set status = 'FINISHED', finished_at = :now, invited = :invited,
                    skipped = :skipped, invalid = :invalid
                where id = :id and status = 'RUNNING'""")
                .param("now", timestamp(now)).param("invited", counts.invited()).param("skipped", counts.skipped())
                .param("invalid", counts.invalid()).param("id", importId).update() == 1;
    }

    /** Whether a page showed this import's progress lately (the admin is still looking). */
    boolean watchedAt(long importId, Instant now) {
        OffsetDateTime until = db.sql("select watched_until from member_imports where id = :id")
                .param("id", importId).query(OffsetDateTime.class).optional().orElse(null);
        return until != null && !until.toInstant().isBefore(now);
    }

    void watch(long importId, Instant until) {
        db.sql("update member_imports set watched_until = :until where id = :id and status = 'RUNNING'")
                .param("until", timestamp(until)).param("id", importId).update();
    }

    Optional<ImportProgress> progress(long importId) {
        return db.sql(PROGRESS + " where i.id = :id").param("id", importId).query(MemberImportRuns::progress)
                .optional();
    }

    /** The newest import this admin started. */
    Optional<ImportProgress> latestBy(long personId) {
        return db.sql(PROGRESS + " where i.id = (select max(id) from member_imports where started_by = :by)")
                .param("by", personId).query(MemberImportRuns::progress).optional();
    }

    /** One page of the report: handled rows in file order. */
    List<RowReport> report(long importId, int offset, int limit) {
        return db.sql("""
                select line, name, email, program, result, message from member_import_rows
                where import_id = :id and result is not null order by line limit :limit offset :offset""")
                .param("id", importId).param("offset", offset).param("limit", limit)
                .query((row, n) -> new RowReport(row.getInt("line"), row.getString("name"), row.getString("email"),
                        row.getString("program"), Result.valueOf(row.getString("result")), row.getString("message")))
                .list();
    }

    int reportSize(long importId) {
        return db.sql("select count(*) from member_import_rows where import_id = :id and result is not null")
                .param("id", importId).query(Integer.class).single();
    }

    /** Who started the import, as the principal the background work acts as; empty if they may no longer invite. */
    Optional<SignedInPerson> startedByAdmin(long importId) {
        return startedBy(importId).filter(person -> person.isEnabled() && person.isAdmin());
    }

    /** Who started the import. */
    Optional<SignedInPerson> startedBy(long importId) {
        return db.sql("""
                select p.id, p.email, p.display_name, p.enabled, p.time_zone from member_imports i
                join people p on p.id = i.started_by where i.id = :id""")
                .param("id", importId)
                .query((row, n) -> new SignedInPerson(row.getLong("id"), row.getString("email"),
                        row.getString("display_name"), roles(row.getLong("id")), row.getBoolean("enabled"), null,
                        row.getString("time_zone")))
                .optional();
    }

    private EnumSet<Role> roles(long personId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        db.sql("select role from person_roles where person_id = :id").param("id", personId).query(String.class)
                .list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private static ImportProgress progress(ResultSet row, int number) throws SQLException {
        int invited = row.getInt("invited");
        int skipped = row.getInt("skipped");
        int invalid = row.getInt("invalid");
        return new ImportProgress(row.getLong("id"), row.getString("file_name"),
                "FINISHED".equals(row.getString("status")), row.getInt("total_rows"), invited + skipped + invalid,
                invited, skipped, invalid, instant(row, "started_at"),
                row.getObject("finished_at") == null ? null : instant(row, "finished_at"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
