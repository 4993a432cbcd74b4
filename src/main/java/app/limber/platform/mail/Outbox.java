package app.limber.platform.mail;

import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.platform.jobs.BackgroundJobs;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every email Limber sends goes first. A feature queues its message inside its own transaction, so the email
 * exists exactly when the change that caused it was committed; {@link OutboxDelivery} sends it in the background
 * (right after the commit, and again later while the mail server is unreachable), so no request waits for SMTP.
 */
@Component
public class Outbox {

    private final JdbcClient db;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final String defaultSender;

    Outbox(JdbcClient db, BackgroundJobs jobs, Clock clock, @Value("${limber.mail.from}") String defaultSender) {
        this.db = db;
        this.jobs = jobs;
        this.clock = clock;
        this.defaultSender = defaultSender;
    }

    /**
     * Queues a plain-text email to one recipient in the caller's transaction (which must exist): sent after it
     * commits, never if it rolls back. Without a sender the configured {@code limber.mail.from} is used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(SimpleMailMessage message) {
        String[] to = message.getTo();
        if (to == null || to.length != 1 || to[0] == null || to[0].isBlank()) {
            throw new IllegalArgumentException("An email in the outbox has exactly one recipient");
        }
        if (message.getCc() != null || message.getBcc() != null || message.getReplyTo() != null) {
            throw new IllegalArgumentException("The outbox keeps sender, recipient, subject and text only");
        }
        String from = message.getFrom();
        Instant now = clock.instant();
        db.sql("""
                insert into mail_outbox (sender, recipient, subject, body, created_at, next_attempt_at)
                values (:sender, :recipient, :subject, :body, :now, :now)""")
                .param("sender", from == null || from.isBlank() ? defaultSender : from)
                .param("recipient", to[0].strip())
                .param("subject", requireText(message.getSubject(), "subject"))
                .param("body", requireText(message.getText(), "text"))
                .param("now", timestamp(now))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.runSoon(OutboxDelivery.NAME);
            }
        });
    }

    private static String requireText(@Nullable String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("An email in the outbox needs a " + what);
        }
        return value;
    }
}
