package app.limber.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RecurringJob}s of this node so that the nodes sharing the database never run the same job at once.
 * <p>
 * Each job has a row in {@code background_jobs} with its next run time and a lease. Every few seconds
 * ({@code limber.jobs.poll-interval}) a node reads the rows and, for each job that is due, tries to take the lease
 * with one conditional UPDATE; the node whose UPDATE changed the row runs the job, the others skip it. The lease
 * ends when the run ends (the next run is then scheduled) or, if the node died, when {@link RecurringJob#lease()}
 * has passed. Runs happen on Spring's single scheduling thread, so jobs never overlap on one node either.
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final int ERROR_MAX = 1000;

    private final Map<String, RecurringJob> jobs = new LinkedHashMap<>();
    private final JdbcClient db;
    private final Clock clock;
    private final String node;
    private final boolean scheduling;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final Set<String> pendingSoon = ConcurrentHashMap.newKeySet();
    private volatile boolean databaseWasUnreachable;

    BackgroundJobs(List<RecurringJob> jobs, JdbcClient db, Clock clock,
            @Value("${limber.scheduling.enabled:true}") boolean scheduling, ThisNode node,
            ObjectProvider<TaskScheduler> scheduler) {
        this.db = db;
        this.clock = clock;
        this.node = node.name();
        this.scheduling = scheduling;
        this.scheduler = scheduler;
        jobs.stream().sorted(Comparator.comparing(RecurringJob::name)).forEach(job -> {
            if (this.jobs.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("Two background jobs are called " + job.name());
            }
        });
    }

    @Scheduled(initialDelayString = "${limber.jobs.poll-interval:PT5S}",
            fixedDelayString = "${limber.jobs.poll-interval:PT5S}")
    void runDueOnSchedule() {
        guardedAgainstDatabaseOutage(this::runDue);
    }

    /**
     * Runs, on the calling thread, every job whose time has come and that no other node is running; returns the
     * names of the jobs this node ran.
     */
    public List<String> runDue() {
        Instant now = clock.instant();
        Map<String, Instant> nextRuns = new HashMap<>();
        db.sql("select name, next_run_at from background_jobs")
                .query((row, number) -> Map.entry(row.getString("name"), instant(row, "next_run_at")))
                .list().forEach(entry -> nextRuns.put(entry.getKey(), entry.getValue()));
        List<String> ran = new ArrayList<>();
        for (RecurringJob job : jobs.values()) {
            Instant next = nextRuns.get(job.name());
            if (next != null && next.isAfter(now)) {
                continue;
            }
            if (claim(job, now, true)) {
                execute(job);
                ran.add(job.name());
            }
        }
        return ran;
    }

    /**
     * Runs this job now on the calling thread, whatever its schedule, unless another node is running it at the
     * moment (then returns false). Tests use it to run a job deterministically.
     */
    public boolean runNow(String name) {
        RecurringJob job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("No background job is called " + name);
        }
        if (!claim(job, clock.instant(), false)) {
            return false;
        }
        execute(job);
        return true;
    }

    /**
     * Asks this node to run the job shortly on its scheduling thread instead of waiting for its next turn (for
     * example right after an email was queued). Several requests before it runs make one run. Does nothing while
     * scheduling is off ({@code limber.scheduling.enabled=false}, as in the tests).
     */
    public void runSoon(String name) {
        TaskScheduler taskScheduler = scheduling ? scheduler.getIfUnique() : null;
        if (taskScheduler == null || !pendingSoon.add(name)) {
            return;
        }
        taskScheduler.schedule(() -> {
            pendingSoon.remove(name);
            guardedAgainstDatabaseOutage(() -> runNow(name));
        }, Instant.now());
    }

    /**
     * Takes the job's lease if nobody holds it (and, unless forced, if the job is due); true if this node got it.
     * A job new to the database gets its row first, due at once.
     */
    private boolean claim(RecurringJob job, Instant now, boolean onlyIfDue) {
        int claimed = takeLease(job, now, onlyIfDue);
        if (claimed == 0 && db.sql("select count(*) from background_jobs where name = :name")
                .param("name", job.name()).query(Long.class).single() == 0) {
            try {
                db.sql("insert into background_jobs (name, next_run_at) values (:name, :now)")
                        .param("name", job.name()).param("now", timestamp(now)).update();
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // The row exists now, which is all that was needed; the lease decides who runs.
            }
            claimed = takeLease(job, now, onlyIfDue);
        }
        return claimed == 1;
    }

    private int takeLease(RecurringJob job, Instant now, boolean onlyIfDue) {
        return db.sql("update background_jobs set claimed_by = :node, claimed_until = :until, last_started_at = :now "
                        + "where name = :name and (claimed_until is null or claimed_until < :now)"
                        + (onlyIfDue ? " and next_run_at <= :now" : ""))
                .param("node", node).param("until", timestamp(now.plus(job.lease()))).param("now", timestamp(now))
                .param("name", job.name())
                .update();
    }

    private void execute(RecurringJob job) {
        @Nullable String error = null;
        try {
            job.run();
        } catch (RuntimeException failed) {
            String text = failed.toString();
            error = text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
            log.warn("Background job {} failed; it runs again in {}", job.name(), job.interval(), failed);
        }
        Instant finished = clock.instant();
        db.sql("update background_jobs set claimed_by = null, claimed_until = null, next_run_at = :next, "
                        + "last_finished_at = :finished, last_run_by = :node, last_error = :error "
                        + "where name = :name and claimed_by = :node")
                .param("next", timestamp(finished.plus(job.interval()))).param("finished", timestamp(finished))
                .param("node", node).param("error", error).param("name", job.name())
                .update();
    }

    /** A database outage is reported once (not every few seconds) and the jobs simply wait for it to end. */
    private void guardedAgainstDatabaseOutage(Runnable work) {
        try {
            work.run();
            if (databaseWasUnreachable) {
                databaseWasUnreachable = false;
                log.info("Background jobs run again: the database is back");
            }
        } catch (DataAccessException unreachable) {
            if (!databaseWasUnreachable) {
                databaseWasUnreachable = true;
                log.warn("Background jobs wait: the database can't be reached ({})", unreachable.getMessage());
            }
        }
    }

    /** Timestamps are bound as UTC offsets, which both PostgreSQL's and H2's drivers understand. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamp with time zone} column as an instant. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
