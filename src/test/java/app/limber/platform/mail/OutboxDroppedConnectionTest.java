package app.limber.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.platform.jobs.ThisNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that goes away in the middle of a conversation. Once it has answered 250 to the end of DATA the
 * email is its responsibility: the outbox marks it sent even when the connection breaks on QUIT, so it is never
 * sent twice. When the connection breaks before that answer, nobody can tell whether the server kept the email, and
 * the outbox tries again (at least once, never lost).
 */
class OutboxDroppedConnectionTest extends IntegrationTest {

    @Autowired
    JdbcClient db;

    @Autowired
    ThisNode node;

    private final AtomicInteger accepted = new AtomicInteger();
    private ServerSocket server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Where the fake server breaks the connection. */
    enum Drop {
        /** After answering 250 to the end of DATA, when the client says QUIT: the connection is reset. */
        ON_QUIT,
        /** Having read the whole message, before answering its end of DATA. */
        BEFORE_ANSWERING_DATA
    }

    /** A one-connection-at-a-time SMTP server on a free port that speaks just enough SMTP and then drops. */
    private int fakeServer(Drop drop) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    converse(client, drop);
                } catch (IOException stopped) {
                    // the test closed the server, or the client went away: nothing more to serve
                }
            }
        }, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
        return server.getLocalPort();
    }

    private void converse(Socket client, Drop drop) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        answer(out, "220 fake.test ready");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(java.util.Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                answer(out, "250 fake.test");
            } else if (command.startsWith("MAIL") || command.startsWith("RCPT") || command.startsWith("RSET")
                    || command.startsWith("NOOP")) {
                answer(out, "250 OK");
            } else if (command.equals("DATA")) {
                answer(out, "354 End data with <CR><LF>.<CR><LF>");
                while (!".".equals(line = in.readLine())) {
                    if (line == null) {
                        return;
                    }
                }
                if (drop == Drop.BEFORE_ANSWERING_DATA) {
                    reset(client);
                    return;
                }
                accepted.incrementAndGet();
                answer(out, "250 OK queued");
            } else if (command.equals("QUIT")) {
                reset(client);
                return;
            } else {
                answer(out, "502 not here");
            }
        }
    }

    private static void answer(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Closes with a reset (no orderly goodbye), so that the client's next read fails rather than seeing EOF. */
    private static void reset(Socket client) {
        try {
            client.setSoLinger(true, 0);
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OutboxDelivery deliveryTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return new OutboxDelivery(db, sender, node, clock, Duration.ofSeconds(10), Duration.ofDays(3));
    }

    private void queueOne() {
        Instant now = clock.instant();
        db.sql("""
                insert into mail_outbox (sender, recipient, subject, body, created_at, next_attempt_at)
                values ('no-reply@limber.example', 'runner@example.test', 'Your session today', 'Toe stretch.',
                        :now, :now)""")
                .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).update();
    }

    private String status() {
        return db.sql("select status from mail_outbox").query(String.class).single();
    }

    private int attempts() {
        return db.sql("select attempts from mail_outbox").query(Integer.class).single();
    }

    @Test
    void anEmailTheServerAcceptedIsSentOnceEvenWhenTheConnectionBreaksOnQuit() throws Exception {
        OutboxDelivery delivery = deliveryTo(fakeServer(Drop.ON_QUIT));
        queueOne();

        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(status()).isEqualTo("SENT");
        assertThat(attempts()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue()).as("nothing left to send").isZero();
        assertThat(accepted).as("the server took it exactly once").hasValue(1);
    }

    @Test
    void anEmailWhoseEndOfDataWasNeverAnsweredIsTriedAgain() throws Exception {
        OutboxDelivery delivery = deliveryTo(fakeServer(Drop.BEFORE_ANSWERING_DATA));
        queueOne();

        assertThat(delivery.deliverDue()).isZero();

        assertThat(status()).isEqualTo("WAITING");
        assertThat(attempts()).isEqualTo(1);
        assertThat(accepted).hasValue(0);
    }
}
