package app.limber.admin;

import app.limber.account.InvitationService;
import app.limber.account.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites members from a CSV file of {@code name,email[,program]} (a header row is optional). Every row is checked
 * first and then handled in its own transaction: a valid row creates the invited account (and its enrolment) or
 * nothing at all, and an invalid row changes nothing. The report says, row by row, what happened.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberImport {

    /** More rows than this are refused as a whole; split the file. */
    public static final int MAX_ROWS = 2_000;

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

    private final InvitationService invitations;
    private final MemberSearch members;
    private final ProgramEnrolments enrolments;
    private final TransactionTemplate transaction;

    MemberImport(InvitationService invitations, MemberSearch members, ProgramEnrolments enrolments,
            PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.members = members;
        this.enrolments = enrolments;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Reads the CSV (UTF-8) and invites each valid row; returns one report line per row. */
    public List<RowReport> importCsv(InputStream csv) throws IOException {
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(reader).getRecords();
        if (records.size() > MAX_ROWS + 1) {
            throw new IllegalArgumentException("The file has more than " + MAX_ROWS + " rows. Split it and try again.");
        }
        List<ProgramChoice> programs = members.programs();
        List<RowReport> report = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : records) {
            if (record.getRecordNumber() == 1 && isHeader(record)) {
                continue;
            }
            report.add(importRow(record, programs, seen));
        }
        return report;
    }

    /** Invites one person, optionally enrolling them in a program: both happen, or neither. */
    public RowReport inviteOne(String name, String email, @Nullable ProgramChoice program) {
        return importRow(1, name, email, program == null ? "" : program.title(), members.programs(), new HashSet<>());
    }

    private RowReport importRow(CSVRecord record, List<ProgramChoice> programs, Set<String> seen) {
        if (record.size() < 2 || record.size() > 3) {
            return new RowReport(record.getRecordNumber(), field(record, 0), field(record, 1), field(record, 2),
                    Result.INVALID, "Expected name,email and an optional program; found " + record.size()
                            + " column(s).");
        }
        return importRow(record.getRecordNumber(), field(record, 0), field(record, 1), field(record, 2), programs,
                seen);
    }

    private RowReport importRow(long line, String name, String email, String program, List<ProgramChoice> programs,
            Set<String> seen) {
        Optional<String> problem = InvitationService.problemWith(email, name);
        if (problem.isPresent()) {
            return new RowReport(line, name, email, program, Result.INVALID, problem.get());
        }
        @Nullable ProgramChoice chosen = null;
        if (!program.isEmpty()) {
            chosen = programs.stream().filter(p -> p.title().equalsIgnoreCase(program)).findFirst().orElse(null);
            if (chosen == null) {
                return new RowReport(line, name, email, program, Result.INVALID,
                        "Program \"" + program + "\" not found.");
            }
        }
        if (!seen.add(Person.normalizeEmail(email))) {
            return new RowReport(line, name, email, program, Result.ALREADY_EXISTS, "Earlier in this file.");
        }
        ProgramChoice enrolIn = chosen;
        try {
            return inOneTransaction(line, name, email, program, enrolIn);
        } catch (IllegalArgumentException refused) {
            // The row's transaction rolled back: no account, no enrolment.
            return new RowReport(line, name, email, program, Result.INVALID, refused.getMessage());
        }
    }

    private RowReport inOneTransaction(long line, String name, String email, String program,
            @Nullable ProgramChoice enrolIn) {
        return transaction.execute(status -> {
            InvitationService.Outcome outcome = invitations.invite(email, name);
            Result result = switch (outcome.result()) {
                case CREATED -> Result.CREATED;
                case ALREADY_EXISTS -> Result.ALREADY_EXISTS;
                case INVALID -> Result.INVALID;
            };
            String message = outcome.message();
            if (outcome.result() == InvitationService.Result.CREATED && enrolIn != null
                    && outcome.personId() != null) {
                enrolments.enrol(outcome.personId(), enrolIn.id());
                message += " Enrolled in " + enrolIn.title() + ".";
            }
            return new RowReport(line, name, email, program, result, message);
        });
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() >= 2 && field(record, 0).toLowerCase(Locale.ROOT).equals("name")
                && field(record, 1).toLowerCase(Locale.ROOT).equals("email");
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }
}
