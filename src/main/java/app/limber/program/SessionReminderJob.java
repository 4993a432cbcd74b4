package app.limber.program;

import app.limber.platform.jobs.RecurringJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Sends the runners' session reminders that are due, every minute, on one node at a time (decision 0008). */
@Component
class SessionReminderJob implements RecurringJob {

    static final String NAME = "program.session-reminders";

    private static final Logger log = LoggerFactory.getLogger(SessionReminderJob.class);

    /** Looked up when the job runs: the reminders queue email, and the outbox needs the job runner, which needs us. */
    private final ObjectProvider<SessionReminders> reminders;
    private final Duration interval;

    SessionReminderJob(ObjectProvider<SessionReminders> reminders,
            @Value("${limber.reminders.check-interval:PT1M}") Duration interval) {
        this.reminders = reminders;
        this.interval = interval;
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
    public void run() {
        int sent = reminders.getObject().sendDue();
        if (sent > 0) {
            log.info("Queued {} session reminder(s)", sent);
        }
    }
}
