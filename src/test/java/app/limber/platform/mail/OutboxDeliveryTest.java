package app.limber.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.platform.mail.OutboxDelivery.Failure;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** How long an email waits after failed attempts, and how a failure is read. */
class OutboxDeliveryTest {

    @Test
    void theWaitDoublesFromThirtySecondsUpToTenMinutes() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(OutboxDelivery::waitAfter)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(OutboxDelivery.waitAfter(500)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anUnreachableOrRefusingServerMakesEveryEmailWait() {
        MessagingException refused = new MessagingException("Couldn't connect", new ConnectException("refused"));
        assertThat(Failure.of(new MailSendException("Mail server connection failed", refused,
                Map.of(new Object(), refused)))).isEqualTo(Failure.SERVER_UNREACHABLE);
        assertThat(Failure.of(new MailAuthenticationException("535 bad password")))
                .isEqualTo(Failure.SERVER_UNREACHABLE);
    }

    @Test
    void aRejectedAddressOrAnUnreadableEmailIsHopeless() throws Exception {
        SendFailedException rejected = new SendFailedException("550 no such user", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("ghost@example.test")});
        assertThat(Failure.of(new MailSendException(Map.of(new Object(), rejected)))).isEqualTo(Failure.REFUSED);
        assertThat(Failure.of(new MailParseException("Illegal address"))).isEqualTo(Failure.REFUSED);
    }

    @Test
    void onlyAFailureToCloseAfterEveryMessageWasAcceptedCountsAsSent() {
        MessagingException reset = new MessagingException("Exception reading response",
                new java.net.SocketException("Connection reset"));
        assertThat(OutboxDelivery.acceptedBeforeTheFailure(
                new MailSendException("Failed to close server connection after message sending", reset))).isTrue();
        assertThat(OutboxDelivery.acceptedBeforeTheFailure(new MailSendException(Map.of(new Object(), reset))))
                .as("the message itself failed").isFalse();
        assertThat(OutboxDelivery.acceptedBeforeTheFailure(new MailSendException("Mail server connection failed",
                reset, Map.of(new Object(), reset)))).as("never connected").isFalse();
    }

    @Test
    void anyOtherFailureOfOneEmailIsTriedAgain() {
        MessagingException busy = new MessagingException("451 try again later");
        assertThat(Failure.of(new MailSendException(Map.of(new Object(), busy)))).isEqualTo(Failure.TRY_AGAIN);
    }
}
