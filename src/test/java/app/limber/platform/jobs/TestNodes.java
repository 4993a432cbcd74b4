package app.limber.platform.jobs;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/** Extra job runners on the test database, as other nodes of a cluster would be (for tests of other features). */
public final class TestNodes {

    private TestNodes() {
    }

    /** A node with this name that runs only these jobs, with scheduling off (tests call {@code runDue}). */
    public static BackgroundJobs node(String name, List<RecurringJob> jobs, JdbcClient db, Clock clock,
            ObjectProvider<TaskScheduler> scheduler) {
        return new BackgroundJobs(jobs, db, clock, false, new ThisNode(name), scheduler);
    }
}
