package app.limber.admin;

import app.limber.account.InvitationService;
import app.limber.account.Person;
import app.limber.account.SignedInPerson;
import app.limber.admin.MemberImportFile.Line;
import app.limber.admin.MemberImportRuns.WaitingRow;
import app.limber.platform.jobs.BackgroundJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Invites members from a CSV file of {@code name,email[,program]} (a header row is optional). The upload is checked
 * and stored at once (every line, with its number; lines that can't be read or don't hold a valid row are reported
 * as invalid), and {@link MemberImportJob} invites the valid rows in the background: each row creates the invited
 * account (and its enrolment) or nothing at all. Progress and the report are read from the stored run.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberImport {

    /** More rows than this are refused as a whole; split the file. */
    public static final int MAX_ROWS = 2_000;
    /** Larger files are refused as a whole (the upload refuses them first). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most report rows one call returns (a grid asks for a page at a time). */
    public static final int MAX_PAGE = 500;
    /** How long after a page last showed an import's progress the admin counts as still watching it. */
    static final Duration WATCHING = Duration.ofSeconds(20);

    /** What became of one row. */
    public enum Result {
        CREATED("Created"), ALREADY_EXISTS("Already exists"), INVALID("Invalid");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row of the report: its line in the file, what it said, and what became of it. */
    public record RowReport(long line, String name, String email, String program, Result result, String message) {
    }

    /** Where an import stands: rows handled so far of all rows, and how they turned out. */
    public record ImportProgress(long id, String fileName, boolean finished, int total, int processed, int invited,
            int skipped, int invalid, Instant startedAt, @Nullable Instant finishedAt) {
    }

    private final MemberSearch members;
    private final RowInvitations rows;
    private final MemberImportRuns runs;
    private final BackgroundJobs jobs;
    private final Clock clock;

    MemberImport(MemberSearch members, RowInvitations rows, MemberImportRuns runs, BackgroundJobs jobs,
            Clock clock) {
        this.members = members;
        this.rows = rows;
        this.runs = runs;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Stores an uploaded CSV file (UTF-8) as a new import and starts inviting its valid rows in the background;
     * returns the import's id. A file over {@link #MAX_ROWS} rows or {@link #MAX_BYTES} is refused as a whole
     * ({@link IllegalArgumentException}); a line that can't be read is reported as invalid and the rest goes on.
     */
    @Transactional
    public long start(byte[] csv, String fileName) {
        if (csv.length > MAX_BYTES) {
            throw new IllegalArgumentException("The file is larger than 1 MB. Split it and try again.");
        }
        List<Line> lines = MemberImportFile.read(csv);
        if (lines.size() > MAX_ROWS) {
            throw new IllegalArgumentException("The file has more than " + String.format("%,d", MAX_ROWS)
                    + " rows. Split it and try again.");
        }
        List<ProgramChoice> programs = members.programs();
        List<RowReport> decided = new ArrayList<>();
        List<WaitingRow> waiting = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            Optional<RowReport> problem = check(line, programs, seen);
            if (problem.isPresent()) {
                decided.add(problem.get());
            } else {
                waiting.add(new WaitingRow(line.number(), line.field(0), line.field(1), line.field(2),
                        programId(line.field(2), programs)));
            }
        }
        Instant now = clock.instant();
        long id = runs.create(SignedInPerson.current().personId(), fileName.isBlank() ? "upload.csv" : fileName,
                lines.size(), now, now.plus(WATCHING));
        runs.addRows(id, decided, waiting);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.runSoon(MemberImportJob.NAME);
            }
        });
        return id;
    }

    /** Where this import stands; asking counts as watching it (no "finished" email while someone looks). */
    @Transactional
    public ImportProgress progress(long importId) {
        ImportProgress progress = runs.progress(importId)
                .orElseThrow(() -> new IllegalArgumentException("This import no longer exists."));
        if (!progress.finished()) {
            runs.watch(importId, clock.instant().plus(WATCHING));
        }
        return progress;
    }

    /** The newest import the signed-in admin started, if any. */
    @Transactional(readOnly = true)
    public Optional<ImportProgress> latest() {
        return runs.latestBy(SignedInPerson.current().personId());
    }

    /** One page of the report (rows handled so far, in file order); at most {@link #MAX_PAGE} rows. */
    @Transactional(readOnly = true)
    public List<RowReport> report(long importId, int offset, int limit) {
        if (limit > MAX_PAGE || limit < 0 || offset < 0) {
            throw new IllegalArgumentException("Ask for at most " + MAX_PAGE + " report rows at a time.");
        }
        return runs.report(importId, offset, limit);
    }

    /** How many rows the report has so far. */
    @Transactional(readOnly = true)
    public int reportSize(long importId) {
        return runs.reportSize(importId);
    }

    /** Invites one person, optionally enrolling them in a program: both happen, or neither. */
    public RowReport inviteOne(String name, String email, @Nullable ProgramChoice program) {
        Line line = new Line(1, List.of(name, email, program == null ? "" : program.title()), null);
        List<ProgramChoice> programs = members.programs();
        Optional<RowReport> problem = check(line, programs, new HashSet<>());
        if (problem.isPresent()) {
            return problem.get();
        }
        return rows.inviteInItsOwnTransaction(new WaitingRow(1, name, email, line.field(2),
                programId(line.field(2), programs)));
    }

    private static Optional<RowReport> check(Line line, List<ProgramChoice> programs, Set<String> seen) {
        String name = line.field(0);
        String email = line.field(1);
        String program = line.field(2);
        if (line.problem() != null) {
            return Optional.of(new RowReport(line.number(), "", "", "", Result.INVALID, line.problem()));
        }
        if (line.fields().size() < 2 || line.fields().size() > 3) {
            return Optional.of(new RowReport(line.number(), name, email, program, Result.INVALID,
                    "Expected name,email and an optional program; found " + line.fields().size() + " column(s)."));
        }
        Optional<String> problem = InvitationService.problemWith(email, name);
        if (problem.isPresent()) {
            return Optional.of(new RowReport(line.number(), name, email, program, Result.INVALID, problem.get()));
        }
        if (!program.isEmpty() && programId(program, programs) == null) {
            return Optional.of(new RowReport(line.number(), name, email, program, Result.INVALID,
                    "Program \"" + program + "\" not found."));
        }
        if (!seen.add(Person.normalizeEmail(email))) {
            return Optional.of(new RowReport(line.number(), name, email, program, Result.ALREADY_EXISTS,
                    "Earlier in this file."));
        }
        return Optional.empty();
    }

    private static @Nullable Long programId(String title, List<ProgramChoice> programs) {
        return title.isEmpty() ? null : programs.stream().filter(p -> p.title().equalsIgnoreCase(title))
                .map(ProgramChoice::id).findFirst().orElse(null);
    }

}
