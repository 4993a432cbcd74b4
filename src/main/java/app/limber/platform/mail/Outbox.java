package app.limber.platform.mail;

import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.platform.jobs.BackgroundJobs;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final String defaultSender;

    Outbox(JdbcTemplate jdbc, BackgroundJobs jobs, Clock clock, @Value("${limber.mail.from}") String defaultSender) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
        this.defaultSender = defaultSender;
    }

    /**
     * A plain-text email for {@link #enqueue}. A blank {@code from} (no sender set by the admins) leaves the sender to
     * the configured {@code limber.mail.from}.
     */
    public static SimpleMailMessage letter(String from, String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    /**
     * Queues a plain-text email to one recipient in the caller's transaction (which must exist): sent after it
     * commits, never if it rolls back. Without a sender the configured {@code limber.mail.from} is used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(SimpleMailMessage message) {
        enqueueAll(List.of(message));
    }

    /**
     * Queues many emails like {@link #enqueue} with one batch of inserts (an import of many members queues one
     * invitation each), in the caller's transaction, which must exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<SimpleMailMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        OffsetDateTime now = timestamp(clock.instant());
        List<Object[]> rows = messages.stream().map(message -> row(message, now)).toList();
        jdbc.batchUpdate("""
                insert into mail_outbox (sender, recipient, subject, body, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?)""", rows);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.runSoon(OutboxDelivery.NAME);
            }
        });
    }

    private Object[] row(SimpleMailMessage message, OffsetDateTime now) {
        String[] to = message.getTo();
        if (to == null || to.length != 1 || to[0] == null || to[0].isBlank()) {
            throw new IllegalArgumentException("An email in the outbox has exactly one recipient");
        }
        if (message.getCc() != null || message.getBcc() != null || message.getReplyTo() != null) {
            throw new IllegalArgumentException("The outbox keeps sender, recipient, subject and text only");
        }
        String from = message.getFrom();
        return new Object[] {from == null || from.isBlank() ? defaultSender : from, to[0].strip(),
                requireText(message.getSubject(), "subject"), requireText(message.getText(), "text"), now, now};
    }

    private static String requireText(@Nullable String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("An email in the outbox needs a " + what);
        }
        return value;
    }
}
