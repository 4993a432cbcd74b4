package app.limber.platform.mail;

import static app.limber.platform.jobs.BackgroundJobs.timestamp;

import app.limber.platform.jobs.RecurringJob;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets sent and given-up emails {@code limber.mail.outbox.keep-for} after they were finished (14 days by
 * default), so the outbox keeps a short record of who was mailed what and when, not an archive of addresses.
 */
@Component
class OutboxCleanup implements RecurringJob {

    static final String NAME = "mail.outbox.cleanup";
    private static final Logger log = LoggerFactory.getLogger(OutboxCleanup.class);

    private final JdbcClient db;
    private final Clock clock;
    private final Duration keepFor;

    OutboxCleanup(JdbcClient db, Clock clock, @Value("${limber.mail.outbox.keep-for:P14D}") Duration keepFor) {
        this.db = db;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(6);
    }

    @Override
    public void run() {
        int removed = db.sql("delete from mail_outbox where status in ('SENT', 'GAVE_UP') and finished_at < :cutoff")
                .param("cutoff", timestamp(clock.instant().minus(keepFor)))
                .update();
        if (removed > 0) {
            log.info("Removed {} finished email(s) from the outbox", removed);
        }
    }
}
