package app.limber.content;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks scheduled items as published once their time has come, so the studio lists say "Published".
 * <p>
 * Readers never wait for this job: whether an item is visible is decided when it is read ({@link Publication#isLive}),
 * to the second, on every node. The job is a single conditional UPDATE per table, so running it on several nodes at
 * the same moment changes each row once and does nothing else, with no lock or leader election needed.
 */
@Component
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final RoutineRepository routines;
    private final ArticleRepository articles;
    private final Clock clock;

    ScheduledPublishing(RoutineRepository routines, ArticleRepository articles, Clock clock) {
        this.routines = routines;
        this.articles = articles;
        this.clock = clock;
    }

    /** Publishes everything whose time has come; returns how many items changed. */
    @Scheduled(fixedDelayString = "${limber.publishing.check-interval:PT30S}")
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        int changed = routines.publishDue(now) + articles.publishDue(now);
        if (changed > 0) {
            log.info("Published {} scheduled item(s)", changed);
        }
        return changed;
    }
}
