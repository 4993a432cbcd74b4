package app.limber.admin;

import app.limber.account.InvitationService;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import app.limber.admin.MemberImportRuns.WaitingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one checked row into an invited account, its invitation email (through the outbox) and its enrolment. The
 * caller's permission to invite is checked by {@link InvitationService}.
 */
@Component
class RowInvitations {

    private final InvitationService invitations;
    private final ProgramEnrolments enrolments;
    private final TransactionTemplate transaction;

    RowInvitations(InvitationService invitations, ProgramEnrolments enrolments,
            PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.enrolments = enrolments;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Invites one row in a transaction of its own: the account, its invitation and its enrolment commit together,
     * or the row is reported as invalid and nothing of it stays.
     */
    RowReport inviteInItsOwnTransaction(WaitingRow row) {
        try {
            return Objects.requireNonNull(transaction.execute(status -> invite(row)));
        } catch (IllegalArgumentException refused) {
            return report(row, Result.INVALID, Objects.requireNonNullElse(refused.getMessage(), "Refused."));
        }
    }

    /**
     * Invites these rows in the caller's transaction with a few batched statements (then enrols, row by row, the
     * ones that name a program); a refused enrolment throws, so that the caller rolls back all of them.
     */
    List<RowReport> inviteAll(List<WaitingRow> rows) {
        List<InvitationService.Outcome> outcomes = invitations.inviteAll(rows.stream()
                .map(row -> new InvitationService.Invitee(row.email(), row.name())).toList());
        List<RowReport> reports = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            reports.add(afterInvitation(rows.get(i), outcomes.get(i)));
        }
        return reports;
    }

    /** Invites one row in the caller's transaction; a refused enrolment throws, so that the caller rolls back. */
    RowReport invite(WaitingRow row) {
        return afterInvitation(row, invitations.invite(row.email(), row.name()));
    }

    private RowReport afterInvitation(WaitingRow row, InvitationService.Outcome outcome) {
        Result result = switch (outcome.result()) {
            case CREATED -> Result.CREATED;
            case ALREADY_EXISTS -> Result.ALREADY_EXISTS;
            case INVALID -> Result.INVALID;
        };
        String message = outcome.message();
        if (outcome.result() == InvitationService.Result.CREATED && row.programId() != null
                && outcome.personId() != null) {
            enrolments.enrol(outcome.personId(), row.programId());
            message += " Enrolled in " + row.program() + ".";
        }
        return report(row, result, message);
    }

    static RowReport report(WaitingRow row, Result result, String message) {
        return new RowReport(row.line(), row.name(), row.email(), row.program(), result, message);
    }
}
