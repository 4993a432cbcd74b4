package app.limber.platform.mail;

import static app.limber.platform.jobs.BackgroundJobs.instant;
import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.platform.jobs.ThisNode;
import app.limber.platform.jobs.RecurringJob;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends what waits in the {@link Outbox}, as the background job {@value #NAME}.
 * <p>
 * Each round claims a batch of due emails with one conditional UPDATE (so another node, or another thread, never
 * gets the same rows), sends them one by one and marks each as sent. When the mail server can't be reached, the
 * round stops and the emails wait: the next try comes after 30 s, then 1, 2, 4, 8 and at most 10 minutes. An email
 * the server refuses for good, or one still unsent {@code limber.mail.outbox.give-up-after} after it was queued, is
 * given up with a WARN line. An email the server accepted (250 to the end of DATA) counts as sent even when the
 * connection breaks on QUIT afterwards. Delivery is at least once: a node that dies between the server accepting an email and
 * the row being marked sends it again after the claim runs out (10 minutes).
 */
@Component
public class OutboxDelivery implements RecurringJob {

    /** The job's name in {@code background_jobs}. */
    public static final String NAME = "mail.outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 20;
    private static final int ERROR_MAX = 1000;
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final JdbcClient db;
    private final JavaMailSender mailSender;
    private final ThisNode node;
    private final Clock clock;
    private final Duration interval;
    private final Duration giveUpAfter;

    OutboxDelivery(JdbcClient db, JavaMailSender mailSender, ThisNode node, Clock clock,
            @Value("${limber.mail.outbox.check-interval:PT10S}") Duration interval,
            @Value("${limber.mail.outbox.give-up-after:P3D}") Duration giveUpAfter) {
        this.db = db;
        this.mailSender = mailSender;
        this.node = node;
        this.clock = clock;
        this.interval = interval;
        this.giveUpAfter = giveUpAfter;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration lease() {
        return CLAIM;
    }

    @Override
    public void run() {
        deliverDue();
    }

    /**
     * Sends every email that is due now, batch by batch, until none is left or the mail server can't be reached;
     * returns how many were sent. Tests call it to deliver the outbox at once.
     */
    public int deliverDue() {
        int sent = 0;
        int hadWaited = 0;
        while (true) {
            String claim = node.name() + "/" + UUID.randomUUID().toString().substring(0, 8);
            List<QueuedMail> batch = claimBatch(claim);
            if (batch.isEmpty()) {
                break;
            }
            Round round = send(batch, claim);
            sent += round.sent();
            hadWaited += round.hadWaited();
            if (round.serverUnreachable()) {
                break;
            }
        }
        if (hadWaited > 0) {
            log.info("Sent {} email(s) that had waited for the mail server", hadWaited);
        }
        return sent;
    }

    /** One email as it waits in the outbox. */
    private record QueuedMail(long id, String sender, String recipient, String subject, String body, int attempts,
            Instant createdAt, Instant nextAttemptAt) {

        /** Whether the email was held back by a failed attempt (its own or another's while the server was away). */
        boolean waited() {
            return attempts > 0 || nextAttemptAt.isAfter(createdAt);
        }
    }

    private record Round(int sent, int hadWaited, boolean serverUnreachable) {
    }

    private List<QueuedMail> claimBatch(String claim) {
        Instant now = clock.instant();
        // The conditions are repeated outside the subquery: PostgreSQL re-checks them on a row another transaction
        // claimed meanwhile, so a row is never claimed twice.
        db.sql("""
                update mail_outbox set claimed_by = :claim, claimed_until = :until
                where id in (select id from mail_outbox
                             where status = 'WAITING' and next_attempt_at <= :now
                               and (claimed_until is null or claimed_until < :now)
                             order by id limit :batch)
                  and status = 'WAITING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until < :now)""")
                .param("claim", claim).param("until", timestamp(now.plus(CLAIM))).param("now", timestamp(now))
                .param("batch", BATCH)
                .update();
        return db.sql("""
                select id, sender, recipient, subject, body, attempts, created_at, next_attempt_at from mail_outbox
                where claimed_by = :claim order by id""")
                .param("claim", claim)
                .query((row, number) -> new QueuedMail(row.getLong("id"), row.getString("sender"),
                        row.getString("recipient"), row.getString("subject"), row.getString("body"),
                        row.getInt("attempts"), instant(row, "created_at"), instant(row, "next_attempt_at")))
                .list();
    }

    private Round send(List<QueuedMail> batch, String claim) {
        int sent = 0;
        int hadWaited = 0;
        for (QueuedMail mail : batch) {
            MailException failure = attempt(mail);
            if (failure == null) {
                finish(mail, claim, "SENT", null);
                sent++;
                hadWaited += mail.waited() ? 1 : 0;
                continue;
            }
            switch (Failure.of(failure)) {
                case SERVER_UNREACHABLE -> {
                    postponeRest(mail, claim, failure);
                    return new Round(sent, hadWaited, true);
                }
                case TRY_AGAIN -> {
                    if (tooOld(mail)) {
                        giveUp(mail, claim, failure);
                    } else {
                        log.warn("Could not send email #{} ({}); trying again at {}", mail.id(), describe(failure),
                                tryAgainLater(mail, claim, failure));
                    }
                }
                case REFUSED -> giveUp(mail, claim, failure);
            }
        }
        return new Round(sent, hadWaited, false);
    }

    private @Nullable MailException attempt(QueuedMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.sender());
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailSender.send(message);
            return null;
        } catch (MailException failed) {
            if (acceptedBeforeTheFailure(failed)) {
                log.info("Email #{} was accepted by the mail server; closing the connection failed afterwards ({})",
                        mail.id(), describe(failed));
                return null;
            }
            return failed;
        }
    }

    /**
     * Whether the server had accepted every message before the failure: it answered 250 to the end of DATA and only
     * closing the connection (QUIT) failed. {@code JavaMailSenderImpl} then reports a {@link MailSendException} that
     * lists no failed message, only the cause from {@code Transport.close()}. Sending again would deliver the email
     * twice. (A connection lost before that answer leaves the email's fate unknown: it is tried again.)
     */
    static boolean acceptedBeforeTheFailure(MailException failed) {
        return failed instanceof MailSendException send && send.getFailedMessages().isEmpty()
                && send.getCause() != null;
    }

    /** How a failed attempt counts: the server is away (wait), this email failed (retry it), or it never will go. */
    enum Failure {
        SERVER_UNREACHABLE, TRY_AGAIN, REFUSED;

        static Failure of(MailException failed) {
            if (failed instanceof MailParseException || failed instanceof MailPreparationException) {
                return REFUSED;
            }
            if (failed instanceof MailAuthenticationException) {
                return SERVER_UNREACHABLE;
            }
            if (failed instanceof MailSendException send) {
                // Spring reports a failed connection as the cause, with every message failing for that same reason.
                if (send.getCause() != null && !send.getFailedMessages().isEmpty()
                        && send.getFailedMessages().values().stream().allMatch(e -> e == send.getCause())) {
                    return SERVER_UNREACHABLE;
                }
                boolean addressRefused = send.getFailedMessages().values().stream().anyMatch(e ->
                        e instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                                && refused.getInvalidAddresses().length > 0);
                return addressRefused ? REFUSED : TRY_AGAIN;
            }
            return TRY_AGAIN;
        }
    }

    /** The wait before the next try after this many failed ones: 30 s, doubling, at most 10 minutes. */
    static Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 10);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void postponeRest(QueuedMail failed, String claim, MailException failure) {
        if (tooOld(failed)) {
            giveUp(failed, claim, failure);
        } else {
            tryAgainLater(failed, claim, failure);
        }
        Instant nextTry = clock.instant().plus(waitAfter(failed.attempts() + 1));
        // The others in the batch were not tried; they wait for the server as long as the one that was.
        db.sql("""
                update mail_outbox set claimed_by = null, claimed_until = null, next_attempt_at = :next
                where claimed_by = :claim""")
                .param("next", timestamp(nextTry)).param("claim", claim)
                .update();
        long waiting = db.sql("select count(*) from mail_outbox where status = 'WAITING'").query(Long.class).single();
        log.warn("The mail server can't be reached ({}); {} email(s) wait, next try at {}",
                describe(failure), waiting, nextTry);
    }

    /** Counts the failed attempt and releases the email until its next try, which it returns. */
    private Instant tryAgainLater(QueuedMail mail, String claim, MailException failure) {
        Instant next = clock.instant().plus(waitAfter(mail.attempts() + 1));
        db.sql("""
                update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                    claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :claim""")
                .param("next", timestamp(next)).param("error", abbreviate(describe(failure)))
                .param("id", mail.id()).param("claim", claim)
                .update();
        return next;
    }

    private void giveUp(QueuedMail mail, String claim, MailException failure) {
        finish(mail, claim, "GAVE_UP", describe(failure));
        log.warn("Gave up on email #{} \"{}\" after {} attempt(s) since {}: {}", mail.id(), mail.subject(),
                mail.attempts() + 1, mail.createdAt(), describe(failure));
    }

    private boolean tooOld(QueuedMail mail) {
        return !clock.instant().isBefore(mail.createdAt().plus(giveUpAfter));
    }

    /** Sent or given up: the body goes (it may hold a one-time link); who, what and when stay until purged. */
    private void finish(QueuedMail mail, String claim, String status, @Nullable String error) {
        db.sql("""
                update mail_outbox set status = :status, finished_at = :now, attempts = attempts + 1, body = '',
                    last_error = :error, claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :claim""")
                .param("status", status).param("now", timestamp(clock.instant()))
                .param("error", abbreviate(error)).param("id", mail.id()).param("claim", claim)
                .update();
    }

    private static @Nullable String abbreviate(@Nullable String error) {
        return error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
    }

    /** What went wrong, in one line: the failing step and, if different, its root cause. */
    private static String describe(MailException failure) {
        Throwable top = failure;
        if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            top = send.getFailedMessages().values().iterator().next();
        }
        Throwable root = top;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = firstPart(top);
        return root == top ? what : what + " (" + firstPart(root) + ")";
    }

    /** A message without the "nested exception is" tail that Jakarta Mail appends. */
    private static String firstPart(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int nested = message.indexOf("nested exception");
        return (nested < 0 ? message : message.substring(0, nested)).strip().replaceAll(";$", "");
    }
}
