package app.limber.program;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks scheduled programs as published once their time has come, so the studio list says "Published". Readers
 * never wait for it (liveness is decided when a program is read); like {@code content.ScheduledPublishing}, it is one
 * conditional UPDATE, safe to run on several nodes at once.
 */
@Component
class ProgramScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ProgramScheduledPublishing.class);

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramScheduledPublishing(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    /** Publishes every program whose time has come; returns how many changed. */
    @Scheduled(fixedDelayString = "${limber.publishing.check-interval:PT30S}")
    @Transactional
    public int publishDue() {
        int changed = programs.publishDue(clock.instant());
        if (changed > 0) {
            log.info("Published {} scheduled program(s)", changed);
        }
        return changed;
    }
}
