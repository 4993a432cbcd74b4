package app.limber.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/** Two nodes on one PostgreSQL database: each piece of recurring work runs on one of them, once per turn. */
@Import(TestAccounts.class)
class BackgroundJobsTest extends IntegrationTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectProvider<TaskScheduler> scheduler;

    @Autowired
    List<RecurringJob> applicationJobs;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private BackgroundJobs node(String name, List<RecurringJob> jobs) {
        return new BackgroundJobs(jobs, db, clock, false, new ThisNode(name), scheduler);
    }

    /** Runs both at the same moment, each on its own thread, and returns what each returned. */
    private <T> List<T> atOnce(Supplier<T> first, Supplier<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<T>> results = new ArrayList<>();
        for (Supplier<T> work : List.of(first, second)) {
            results.add(threads.submit(() -> {
                start.await();
                return work.get();
            }));
        }
        List<T> values = new ArrayList<>();
        for (Future<T> result : results) {
            values.add(result.get());
        }
        return values;
    }

    /** A job that counts its runs and takes a moment, so that two nodes really overlap. */
    private static final class CountingJob implements RecurringJob {

        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "test.counting";
        }

        @Override
        public Duration interval() {
            return Duration.ofMinutes(1);
        }

        @Override
        public void run() {
            runs.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void twoNodesLookingAtADueJobAtTheSameMomentRunItOnce() throws Exception {
        CountingJob job = new CountingJob();
        BackgroundJobs a = node("node-a", List.of(job));
        BackgroundJobs b = node("node-b", List.of(job));
        clock.set(NINE);

        for (int turn = 1; turn <= 5; turn++) {
            List<List<String>> ran = atOnce(a::runDue, b::runDue);

            assertThat(job.runs).as("runs after turn %d", turn).hasValue(turn);
            assertThat(ran).as("one node ran it, the other skipped it")
                    .containsExactlyInAnyOrder(List.of("test.counting"), List.of());
            assertThat(atOnce(a::runDue, b::runDue)).as("not due again before its interval")
                    .containsOnly(List.of());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(db.sql("select count(*) from background_jobs where claimed_by is not null").query(Long.class)
                .single()).as("the lease is released after each run").isZero();
    }

    @Test
    void aScheduledRoutineGoesLiveOnceWithTwoNodes() throws Exception {
        clock.set(NINE.minus(Duration.ofDays(1)));
        actAs(accounts.create(java.util.Set.of(Role.INSTRUCTOR)));
        RoutineDraft routine = routines.load(routines.createDraft("Runner's sun salutation")).orElseThrow();
        routines.schedule(routine.getId(), routine.getVersion(), NINE);
        BackgroundJobs a = node("node-a", applicationJobs);
        BackgroundJobs b = node("node-b", applicationJobs);

        clock.set(NINE);
        List<List<String>> ran = atOnce(a::runDue, b::runDue);

        assertThat(ran.stream().filter(names -> names.contains("content.publish-scheduled")))
                .as("exactly one node published").hasSize(1);
        assertThat(ran.stream().filter(names -> names.contains("program.publish-scheduled"))).hasSize(1);
        assertThat(routines.load(routine.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(db.sql("select last_run_by from background_jobs where name = 'content.publish-scheduled'")
                .query(String.class).single()).isIn("node-a", "node-b");
    }

    @Test
    void aJobHeldByANodeThatDiedIsTakenOverWhenItsLeaseRunsOut() {
        CountingJob job = new CountingJob();
        BackgroundJobs survivor = node("node-b", List.of(job));
        clock.set(NINE);
        db.sql("""
                insert into background_jobs (name, next_run_at, claimed_by, claimed_until)
                values ('test.counting', :now, 'node-a', :until)""")
                .param("now", BackgroundJobs.timestamp(NINE))
                .param("until", BackgroundJobs.timestamp(NINE.plus(job.lease())))
                .update();

        assertThat(survivor.runDue()).as("node-a still holds it").isEmpty();
        assertThat(survivor.runNow("test.counting")).as("not even on request").isFalse();

        clock.advance(job.lease().plusSeconds(1));
        assertThat(survivor.runDue()).containsExactly("test.counting");
        assertThat(job.runs).hasValue(1);
    }

    @Test
    void aFailingJobIsRecordedAndRunsAgainAfterItsInterval() {
        AtomicInteger attempts = new AtomicInteger();
        RecurringJob failing = new RecurringJob() {
            @Override
            public String name() {
                return "test.failing";
            }

            @Override
            public Duration interval() {
                return Duration.ofMinutes(5);
            }

            @Override
            public void run() {
                attempts.incrementAndGet();
                throw new IllegalStateException("the disk is full");
            }
        };
        BackgroundJobs node = node("node-a", List.of(failing));
        clock.set(NINE);

        assertThat(node.runDue()).containsExactly("test.failing");
        assertThat(db.sql("select last_error from background_jobs").query(String.class).single())
                .contains("the disk is full");
        clock.advance(Duration.ofMinutes(4));
        assertThat(node.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(node.runDue()).containsExactly("test.failing");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void twoJobsWithTheSameNameAreAMistakeFoundAtStartUp() {
        CountingJob job = new CountingJob();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> node("node-a", List.of(job, new CountingJob())))
                .hasMessageContaining("test.counting");
    }
}
