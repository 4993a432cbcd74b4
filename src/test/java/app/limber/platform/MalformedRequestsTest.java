package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.TestAccounts;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Malformed requests to Vaadin's endpoints: 400, one WARN line without a stack trace each, never an ERROR. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class MalformedRequestsTest extends IntegrationTest {

    @LocalServerPort
    int port;

    private static int testsStarted;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
        // A fresh minute for the log limit, later than any an earlier test used.
        clock.advance(Duration.ofMinutes(10L * ++testsStarted));
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
    }

    private int post(String query, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?" + query))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(event -> event.getLoggerName().equals(MalformedRequestFilter.class.getName()))
                .toList();
    }

    @Test
    void malformedVaadinRequestsAreAnswered400WithOneWarnLineAndNoError() throws Exception {
        byte[] invalidUtf8 = {'{', '"', 'c', 's', 'r', 'f', 'T', 'o', 'k', 'e', 'n', '"', ':', '"', (byte) 0xC3,
            (byte) 0x28, '"', '}'};
        assertThat(post("v-r=uidl&v-uiId=0", invalidUtf8)).isEqualTo(400);
        assertThat(post("v-r=heartbeat&v-uiId=abc", new byte[0])).isEqualTo(400);
        assertThat(post("v-r=uidl&v-uiId=0", "{\"rpc\": [".getBytes())).isEqualTo(400);
        assertThat(post("v-r=uidl&v-uiId=1%252", "{}".getBytes())).isEqualTo(400);

        assertThat(logged.list).noneMatch(event -> event.getLevel() == Level.ERROR);
        assertThat(warnings()).hasSize(4).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).as("no stack trace").isNull();
        });
        assertThat(warnings()).extracting(ILoggingEvent::getFormattedMessage).anyMatch(line -> line.contains("UTF-8"))
                .anyMatch(line -> line.contains("not a number")).anyMatch(line -> line.contains("not JSON"));
    }

    @Test
    void aFloodOfMalformedRequestsWritesAtMostTenLinesAMinuteAndCountsTheRest() throws Exception {
        for (int i = 0; i < 15; i++) {
            assertThat(post("v-r=heartbeat&v-uiId=x" + i, new byte[0])).isEqualTo(400);
        }
        assertThat(warnings()).hasSize(MalformedRequestFilter.WARNINGS_PER_MINUTE);

        clock.advance(Duration.ofMinutes(1));
        post("v-r=heartbeat&v-uiId=y", new byte[0]);
        assertThat(warnings()).last().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("5 more were refused");
    }

    @Test
    void wellFormedRequestsPassThroughToVaadin() throws Exception {
        assertThat(post("v-r=uidl&v-uiId=0", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}".getBytes()))
                .isNotEqualTo(400);
        assertThat(warnings()).isEmpty();
    }
}
