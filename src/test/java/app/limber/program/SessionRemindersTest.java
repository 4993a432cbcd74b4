package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.platform.jobs.BackgroundJobs;
import app.limber.platform.jobs.RecurringJob;
import app.limber.platform.jobs.TestNodes;
import app.limber.platform.mail.OutboxDelivery;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * Session reminders: at the runner's own local time, only on days with a session, once per day however many nodes
 * race, with an unsubscribe link that needs no sign-in. (That the outbox keeps emails through a mail server outage
 * and sends each once is {@code OutboxTest.whileTheMailServerIsDownEmailsWaitAndWhenItIsBackEachIsSentOnce}; the
 * last test here checks a reminder takes that path.)
 */
@Import(TestAccounts.class)
class SessionRemindersTest extends IntegrationTest {

    private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    TestAccounts accounts;

    @Autowired
    SessionReminders reminders;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectProvider<TaskScheduler> scheduler;

    @Autowired
    List<RecurringJob> jobs;

    SessionFixtures fixtures;
    long program;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void aFiveDayProgramRestingOnDayThree() {
        fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long routine = fixtures.routine(coach, "Sun salutation", 120);
        program = fixtures.program(coach, "Back on track", 5);
        fixtures.days(program, 5, List.of(routine), 3);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A runner in this zone, enrolled from 1 June, who asked for reminders at this time. */
    private SignedInPerson runnerRemindedAt(String zone, LocalTime at) {
        SignedInPerson created = accounts.create(Set.of(Role.RUNNER));
        jdbc.update("update people set time_zone = ? where id = ?", zone, created.personId());
        SignedInPerson runner = new SignedInPerson(created.personId(), created.email(), created.displayName(),
                created.roles(), true, null, zone);
        fixtures.enrol(runner.personId(), program, JUNE_1);
        actAs(runner);
        reminders.remindMeAt(at);
        return runner;
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            to.add(message.getAllRecipients()[0].toString());
        }
        return to;
    }

    private int sentRows() {
        return jdbc.queryForObject("select count(*) from session_reminders_sent", Integer.class);
    }

    @Test
    void aReminderGoesOutOnceAtTheRunnersOwnSevenOClock() throws Exception {
        SignedInPerson berlin = runnerRemindedAt("Europe/Berlin", LocalTime.of(7, 0));
        // 06:59 in Berlin (UTC+2 in June) on 2 June, day 2.
        clock.set(Instant.parse("2026-06-02T04:59:00Z"));
        assertThat(reminders.sendDue()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(reminders.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        assertThat(reminders.sendDue()).as("never twice for the same day").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(berlin.email());
        assertThat(received[0].getSubject()).isEqualTo("Today: Back on track, day 2");
        assertThat(received[0].getContent().toString()).contains("Back on track, day 2: Sun salutation",
                "/today", "at 07:00 on days with a session", "/reminders/stop?token=" + berlin.personId() + ".");
    }

    @Test
    void eachRunnerIsRemindedByTheirOwnClock() throws Exception {
        SignedInPerson auckland = runnerRemindedAt("Pacific/Auckland", LocalTime.of(7, 0));
        SignedInPerson losAngeles = runnerRemindedAt("America/Los_Angeles", LocalTime.of(7, 0));
        // 07:30 on 2 June in Auckland (UTC+12), 12:30 on 1 June in Los Angeles (UTC-7): both past 07:00.
        clock.set(Instant.parse("2026-06-01T19:30:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(db.sql("select sent_for from session_reminders_sent where person_id = :id")
                .param("id", auckland.personId()).query(LocalDate.class).single()).isEqualTo(JUNE_1.plusDays(1));
        assertThat(db.sql("select sent_for from session_reminders_sent where person_id = :id")
                .param("id", losAngeles.personId()).query(LocalDate.class).single()).isEqualTo(JUNE_1);

        // 14:00 UTC: 02:00 on 3 June in Auckland (not yet 07:00), 07:00 on 2 June in Los Angeles.
        clock.set(Instant.parse("2026-06-02T14:00:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(recipients()).containsExactlyInAnyOrder(auckland.email(), losAngeles.email(), losAngeles.email());
    }

    @Test
    void noReminderOnARestDayNorWhenTodaysSessionIsDoneOrTheProgramPaused() throws Exception {
        SignedInPerson runner = runnerRemindedAt("UTC", LocalTime.of(7, 0));
        long enrolment = jdbc.queryForObject("select id from enrolments where person_id = ?", Long.class,
                runner.personId());
        clock.set(Instant.parse("2026-06-03T08:00:00Z")); // day 3: rest
        assertThat(reminders.sendDue()).isZero();

        clock.set(Instant.parse("2026-06-04T06:30:00Z")); // day 4, done before the reminder time
        jdbc.update("""
                insert into session_completions (enrolment_id, person_id, day_number, completed_at, completed_on)
                values (?, ?, 4, now(), date '2026-06-04')""", enrolment, runner.personId());
        clock.set(Instant.parse("2026-06-04T07:00:00Z"));
        assertThat(reminders.sendDue()).isZero();

        fixtures.pause(enrolment, LocalDate.parse("2026-06-04"));
        clock.set(Instant.parse("2026-06-05T07:00:00Z"));
        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(sentRows()).isZero();
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

    @Test
    void twoSchedulerNodesRacingSendEachReminderOnce() throws Exception {
        List<SignedInPerson> runners = new ArrayList<>();
        for (int n = 0; n < 15; n++) {
            runners.add(runnerRemindedAt(n % 2 == 0 ? "Europe/Berlin" : "UTC", LocalTime.of(6, 0)));
        }
        List<RecurringJob> reminderJob = jobs.stream()
                .filter(job -> job.name().equals(SessionReminderJob.NAME)).toList();
        BackgroundJobs a = TestNodes.node("node-a", reminderJob, db, clock, scheduler);
        BackgroundJobs b = TestNodes.node("node-b", reminderJob, db, clock, scheduler);
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));

        List<List<String>> ran = atOnce(a::runDue, b::runDue);
        assertThat(ran).as("the lease lets one node run the job").containsExactlyInAnyOrder(
                List.of(SessionReminderJob.NAME), List.of());
        // Even two runs that both got past the lease (one node's lease ran out mid-run) claim each day once.
        assertThat(atOnce(reminders::sendDue, reminders::sendDue)).containsOnly(0);
        clock.advance(Duration.ofMinutes(5));
        atOnce(a::runDue, b::runDue);

        assertThat(sentRows()).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isEqualTo(15);
        assertThat(recipients()).containsExactlyInAnyOrderElementsOf(runners.stream().map(SignedInPerson::email)
                .toList());
    }

    @Test
    void twoRunsRacingForTheSameDueRemindersClaimEachOnce() throws Exception {
        for (int n = 0; n < 20; n++) {
            runnerRemindedAt("UTC", LocalTime.of(6, 0));
        }
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));

        List<Integer> sent = atOnce(reminders::sendDue, reminders::sendDue);

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isEqualTo(20);
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndOnlyAsSent() throws Exception {
        SignedInPerson runner = runnerRemindedAt("UTC", LocalTime.of(7, 0));
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));
        reminders.sendDue();
        String body = smtp.getReceivedMessages()[0].getContent().toString();
        String token = Arrays.stream(body.split("\\s+")).filter(word -> word.contains("/reminders/stop?token="))
                .findFirst().orElseThrow().replaceAll(".*token=", "");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(reminders.unsubscribe(token.substring(0, token.length() - 2) + "xx")).as("altered").isFalse();
        assertThat(reminders.unsubscribe((runner.personId() + 1) + token.substring(token.indexOf('.'))))
                .as("someone else's id").isFalse();
        assertThat(reminders.unsubscribe("")).isFalse();
        assertThat(reminders.unsubscribe(token)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from session_reminders", Integer.class)).isZero();
        assertThat(reminders.unsubscribe(token)).as("used again").isFalse();

        clock.set(Instant.parse("2026-06-04T07:00:00Z"));
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void aReminderQueuedWhileTheMailServerIsDownArrivesOnceItIsBack() throws Exception {
        SignedInPerson runner = runnerRemindedAt("UTC", LocalTime.of(7, 0));
        clock.set(Instant.parse("2026-06-02T07:00:00Z"));
        smtp.stop();
        try {
            assertThat(reminders.sendDue()).isEqualTo(1);
            assertThat(delivery.deliverDue()).isZero();
            assertThat(jdbc.queryForObject("select status from mail_outbox", String.class)).isEqualTo("WAITING");
        } finally {
            smtp.start();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(recipients()).containsExactly(runner.email());
        clock.advance(Duration.ofHours(1));
        assertThat(reminders.sendDue()).isZero();
        assertThat(recipients()).containsExactly(runner.email());
    }
}
