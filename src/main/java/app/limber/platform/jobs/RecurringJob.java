package app.limber.platform.jobs;

import java.time.Duration;

/**
 * A piece of background work that runs again and again, on one node of the cluster at a time. Declare it as a Spring
 * bean; {@link BackgroundJobs} finds it, claims it in the database before each run and schedules the next run
 * {@link #interval()} after the last one finished, on whichever node gets there first.
 * <p>
 * {@link #run()} opens its own transaction(s) if it needs them (for example {@code @Transactional} on the method).
 * Keep a run shorter than {@link #lease()}: after that, another node assumes this one died and may start the job.
 */
public interface RecurringJob {

    /** Unique and stable: the key of the job's row in {@code background_jobs}, e.g. {@code "content.publish"}. */
    String name();

    /** Time from the end of one run to the start of the next, across all nodes. */
    Duration interval();

    /** Does the work. An exception is logged and recorded; the job runs again after its interval. */
    void run();

    /** How long a node may hold the job before others take it for dead (a node that stopped mid-run). */
    default Duration lease() {
        return Duration.ofMinutes(2);
    }
}
