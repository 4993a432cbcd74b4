package app.limber.admin;

import app.limber.account.SignedInPerson;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import app.limber.admin.MemberImportRuns.WaitingRow;
import app.limber.platform.jobs.BackgroundJobs;
import app.limber.platform.jobs.RecurringJob;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the stored rows of running member imports, as the admin who uploaded the file. Rows go in batches of
 * {@link #BATCH} in one transaction with a handful of batched statements for the whole batch (one transaction and
 * six statements per row were what made a 2,000-row file slow); if anything in a batch is refused, the batch rolls
 * back as a whole and its rows are redone one transaction each, so every row ends up either fully invited or
 * reported, never half-saved. Each run handles at most {@link #ROWS_PER_RUN} rows and
 * then lets the other jobs (the outbox sending the invitations) have the scheduling thread before it goes on.
 */
@Component
class MemberImportJob implements RecurringJob {

    static final String NAME = "admin.member-imports";
    static final int BATCH = 100;
    static final int ROWS_PER_RUN = 500;
    private static final Logger log = LoggerFactory.getLogger(MemberImportJob.class);

    private final MemberImportRuns runs;
    // Looked up when first used: BackgroundJobs is built from the jobs, and the invitations' emails go through the
    // outbox, which needs BackgroundJobs.
    private final ObjectProvider<RowInvitations> rows;
    private final ObjectProvider<MemberImportMail> mail;
    private final ObjectProvider<BackgroundJobs> jobs;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MemberImportJob(MemberImportRuns runs, ObjectProvider<RowInvitations> rows, ObjectProvider<MemberImportMail> mail,
            ObjectProvider<BackgroundJobs> jobs, Clock clock, PlatformTransactionManager transactionManager) {
        this.runs = runs;
        this.rows = rows;
        this.mail = mail;
        this.jobs = jobs;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run() {
        int budget = ROWS_PER_RUN;
        for (long importId : inTransaction(runs::running)) {
            budget -= work(importId, budget);
            if (budget <= 0) {
                // More may be waiting: come back right after the jobs queued meanwhile (the outbox) had their turn.
                jobs.getObject().runSoon(NAME);
                return;
            }
        }
    }

    /** Handles up to {@code budget} rows of one import as the admin who started it; returns how many it handled. */
    private int work(long importId, int budget) {
        Optional<SignedInPerson> admin = inTransaction(() -> runs.startedByAdmin(importId));
        if (admin.isEmpty()) {
            inTransaction(() -> {
                runs.giveUpWaiting(importId, "Not imported: whoever uploaded the file is no longer an admin.");
                return finish(importId);
            });
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin.get(), null,
                admin.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            int handled = 0;
            while (handled < budget) {
                List<WaitingRow> batch = inTransaction(() -> runs.waiting(importId, Math.min(BATCH, budget)));
                if (batch.isEmpty()) {
                    inTransaction(() -> finish(importId));
                    break;
                }
                handle(importId, batch);
                handled += batch.size();
            }
            return handled;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void handle(long importId, List<WaitingRow> batch) {
        try {
            transaction.executeWithoutResult(status -> {
                runs.record(importId, rows.getObject().inviteAll(batch));
            });
        } catch (RuntimeException refusedInBatch) {
            // Nothing of the batch stayed; one transaction per row finds the row(s) that can't be invited.
            for (WaitingRow row : batch) {
                RowReport report = oneByOne(row);
                inTransaction(() -> {
                    runs.record(importId, List.of(report));
                    return report;
                });
            }
        }
    }

    private RowReport oneByOne(WaitingRow row) {
        try {
            return rows.getObject().inviteInItsOwnTransaction(row);
        } catch (RuntimeException failed) {
            log.warn("Member import: line {} could not be imported", row.line(), failed);
            return RowInvitations.report(row, Result.INVALID,
                    "Could not be imported because of an error on the server; nothing was saved for this row. "
                            + "Import it again later.");
        }
    }

    private boolean finish(long importId) {
        ImportProgress counts = runs.progress(importId).orElseThrow();
        if (!runs.finish(importId, counts, clock.instant())) {
            return false;
        }
        if (!runs.watchedAt(importId, clock.instant())) {
            runs.startedBy(importId).ifPresent(admin -> mail.getObject().sendFinished(admin, counts));
        }
        return true;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> work.get()));
    }
}
