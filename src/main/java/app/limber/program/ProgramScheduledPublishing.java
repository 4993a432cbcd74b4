package app.limber.program;

import app.limber.platform.jobs.RecurringJob;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks scheduled programs as published once their time has come, so the studio list says "Published". Readers
 * never wait for it (liveness is decided when a program is read); like {@code content.ScheduledPublishing}, it is one
 * conditional UPDATE, run as a {@link RecurringJob} on one node at a time.
 */
@Component
class ProgramScheduledPublishing implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(ProgramScheduledPublishing.class);

    private final ProgramRepository programs;
    private final Clock clock;
    private final Duration interval;

    ProgramScheduledPublishing(ProgramRepository programs, Clock clock,
            @Value("${limber.publishing.check-interval:PT30S}") Duration interval) {
        this.programs = programs;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "program.publish-scheduled";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    @Transactional
    public void run() {
        publishDue();
    }

    /** Publishes every program whose time has come; returns how many changed. */
    @Transactional
    public int publishDue() {
        int changed = programs.publishDue(clock.instant());
        if (changed > 0) {
            log.info("Published {} scheduled program(s)", changed);
        }
        return changed;
    }
}
