package app.limber.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.platform.jobs.BackgroundJobs;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against the real PostgreSQL and an in-process SMTP server that can be stopped and started. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxTest extends IntegrationTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    TransactionTemplate transaction;

    private static SimpleMailMessage mail(String to, String subject) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("Limber <no-reply@limber.example>");
        message.setTo(to);
        message.setSubject(subject);
        message.setText("Hello from the outbox.");
        return message;
    }

    private void queue(int count) {
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= count; i++) {
                outbox.enqueue(mail("runner" + i + "@example.test", "Mail " + i));
            }
        });
    }

    private List<String> subjectsReceived() {
        return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long rows(String condition) {
        return jdbc.queryForObject("select count(*) from mail_outbox where " + condition, Long.class);
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNeverSent() {
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(mail("sam@example.test", "Welcome"));
            status.setRollbackOnly();
        });

        assertThat(delivery.deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(rows("true")).isZero();
    }

    @Test
    void queuingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(mail("sam@example.test", "Welcome")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aCommittedEmailIsSentOnceAndItsBodyIsNotKept() throws Exception {
        queue(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("runner1@example.test");
            assertThat(message.getFrom()[0].toString()).contains("no-reply@limber.example");
        });
        assertThat(delivery.deliverDue()).as("nothing is sent twice").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForMap("select status, body, attempts from mail_outbox"))
                .containsEntry("status", "SENT").containsEntry("body", "").containsEntry("attempts", 1);
    }

    @Test
    void whileTheMailServerIsDownEmailsWaitAndWhenItIsBackEachIsSentOnce(CapturedOutput log) {
        clock.set(NINE);
        queue(3);
        smtp.stop();
        try {
            assertThat(delivery.deliverDue()).isZero();
            assertThat(log).contains("The mail server can't be reached", "3 email(s) wait");
            assertThat(rows("status = 'WAITING' and claimed_by is null")).as("all wait, none is held").isEqualTo(3);
            assertThat(rows("next_attempt_at = timestamp with time zone '2026-12-01 09:00:30+00'")).isEqualTo(3);

            clock.advance(Duration.ofSeconds(29));
            assertThat(delivery.deliverDue()).as("not before the wait is over").isZero();
            assertThat(rows("attempts = 1")).as("only the one that was tried counts an attempt").isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(delivery.deliverDue()).isZero();
            assertThat(rows("attempts = 2")).isEqualTo(1);
            assertThat(rows("next_attempt_at = timestamp with time zone '2026-12-01 09:01:30+00'"))
                    .as("the wait doubles").isEqualTo(3);
        } finally {
            smtp.start();
        }

        clock.advance(Duration.ofMinutes(1));
        assertThat(subjectsReceived()).containsExactlyInAnyOrder("Mail 1", "Mail 2", "Mail 3");
        assertThat(log).contains("Sent 3 email(s) that had waited for the mail server");
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue()).isZero();
        assertThat(subjectsReceived()).as("each exactly once").hasSize(3);
        assertThat(rows("status = 'SENT'")).isEqualTo(3);
    }

    @Test
    void twoWorkersSendingAtTheSameTimeNeverSendTheSameEmail() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 4; round++) {
                queue(40);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Integer> worker = () -> {
                    start.await();
                    return delivery.deliverDue();
                };
                List<Future<Integer>> workers = List.of(threads.submit(worker), threads.submit(worker));
                assertThat(workers.get(0).get() + workers.get(1).get()).as("sent in round %d", round).isEqualTo(40);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(subjectsReceived()).hasSize(160);
        assertThat(rows("status = 'SENT' and attempts = 1")).isEqualTo(160);
    }

    @Test
    void anEmailTheServerCanNeverTakeIsGivenUpAtOnceWithAWarning(CapturedOutput log) {
        transaction.executeWithoutResult(status -> outbox.enqueue(mail("sam@@example.test", "Broken")));
        queue(1);

        assertThat(subjectsReceived()).containsExactly("Mail 1");
        assertThat(rows("status = 'GAVE_UP' and body = '' and last_error is not null")).isEqualTo(1);
        assertThat(log).contains("Gave up on email #", "\"Broken\" after 1 attempt(s)");
    }

    @Test
    void anEmailStillUnsentAfterThreeDaysIsGivenUpWithAWarning(CapturedOutput log) {
        clock.set(NINE);
        queue(1);
        smtp.stop();
        try {
            delivery.deliverDue();
            clock.advance(Duration.ofDays(3));
            delivery.deliverDue();
        } finally {
            smtp.start();
        }

        assertThat(rows("status = 'GAVE_UP'")).isEqualTo(1);
        assertThat(log).contains("Gave up on email #", "\"Mail 1\" after 2 attempt(s)");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void finishedEmailsAreForgottenAfterTwoWeeksWaitingOnesNever() {
        clock.set(NINE);
        queue(1);
        delivery.deliverDue();
        smtp.stop();
        try {
            transaction.executeWithoutResult(status -> outbox.enqueue(mail("jo@example.test", "Still waiting")));
            delivery.deliverDue();
        } finally {
            smtp.start();
        }

        clock.advance(Duration.ofDays(14));
        assertThat(jobs.runNow(OutboxCleanup.NAME)).isTrue();
        assertThat(rows("true")).as("kept for two weeks").isEqualTo(2);

        clock.advance(Duration.ofMinutes(1));
        jobs.runNow(OutboxCleanup.NAME);
        assertThat(jdbc.queryForList("select subject from mail_outbox", String.class))
                .containsExactly("Still waiting");
    }
}
