package app.limber.content;

import app.limber.platform.jobs.RecurringJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks scheduled items as published once their time has come, so the studio lists say "Published".
 * <p>
 * Readers never wait for this job: whether an item is visible is decided when it is read ({@link Publication#isLive}),
 * to the second, on every node. The job is a single conditional UPDATE per table, so running it on several nodes at
 * the same moment would change each row once; as a {@link RecurringJob} it also runs on one node at a time, so work
 * that must happen once per published item can be added here later (decision 0008).
 */
@Component
public class ScheduledPublishing implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final RoutineRepository routines;
    private final ArticleRepository articles;
    private final Clock clock;
    private final Duration interval;

    ScheduledPublishing(RoutineRepository routines, ArticleRepository articles, Clock clock,
            @Value("${limber.publishing.check-interval:PT30S}") Duration interval) {
        this.routines = routines;
        this.articles = articles;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "content.publish-scheduled";
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

    /** Publishes everything whose time has come; returns how many items changed. */
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
