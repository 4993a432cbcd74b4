package app.limber.bench.uidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver against a stand-in server that answers like Flow 25, or wrongly. */
class RunnerSessionTest {

    private static final String INIT = """
            {"appConfig": {"v-uiId": 3, "heartbeatInterval": 60, "uidl": {
              "syncId": 0, "clientId": 0, "Vaadin-Security-Key": "key-1",
              "constants": {"nav": {"route": false}},
              "changes": [{"node": 1, "type": "put", "key": "ui-navigate", "feat": 4, "value": "nav"}]}}}""";

    private HttpServer server;
    private final Queue<String> uidlAnswers = new ConcurrentLinkedQueue<>();
    private final List<String> uidlRequests = new ArrayList<>();
    private RunnerSession session;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        session = new RunnerSession(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = String.valueOf(exchange.getRequestURI().getRawQuery());
        String body;
        String type = "application/json";
        if (query.startsWith("v-r=init")) {
            body = INIT;
        } else if (query.startsWith("v-r=uidl")) {
            synchronized (uidlRequests) {
                uidlRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            body = uidlAnswers.isEmpty() ? "{}" : uidlAnswers.remove();
        } else {
            body = "<!doctype html><html><body></body></html>";
            type = "text/html";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void navigationIsTheRouterEventOnTheUiNodeWithTheSecurityKeyAndSyncId() throws Exception {
        uidlAnswers.add("""
                {"syncId": 1, "clientId": 1, "changes": [{"node": 7, "type": "put", "key": "tag", "feat": 0,
                 "value": "main"}]}""");
        session.open("today");
        JsonNode sent = RunnerSession.JSON.readTree(uidlRequests.getFirst());
        assertEquals("key-1", sent.get("csrfToken").asText());
        assertEquals(0, sent.get("syncId").asInt());
        assertEquals(0, sent.get("clientId").asInt());
        JsonNode call = sent.get("rpc").get(0);
        assertEquals("event", call.get("type").asText());
        assertEquals(1, call.get("node").asInt());
        assertEquals("ui-navigate", call.get("event").asText());
        assertEquals("today", call.get("data").get("route").asText());
        assertTrue(session.hasOpenUi());
    }

    @Test
    void anApplicationErrorFailsLoudly() {
        uidlAnswers.add("""
                {"syncId": 1, "clientId": 1, "meta": {"appError": {"caption": "Internal error"}}}""");
        RunnerSession.ProtocolException error = assertThrows(RunnerSession.ProtocolException.class,
                () -> session.open("today"));
        assertTrue(error.getMessage().contains("answered an error"), error.getMessage());
    }

    @Test
    void anExpiredSessionFailsLoudly() {
        uidlAnswers.add("""
                {"meta": {"sessionExpired": true}}""");
        assertThrows(RunnerSession.ProtocolException.class, () -> session.open("today"));
    }

    @Test
    void anAnswerWithoutNewerSyncIdFailsLoudly() {
        uidlAnswers.add("""
                {"syncId": 0, "clientId": 1}""");
        RunnerSession.ProtocolException error = assertThrows(RunnerSession.ProtocolException.class,
                () -> session.open("today"));
        assertTrue(error.getMessage().contains("syncId"), error.getMessage());
    }

    @Test
    void unloadIsTheBeaconWithTheSecurityKey() throws Exception {
        uidlAnswers.add("""
                {"syncId": 1, "clientId": 1}""");
        session.open("today");
        session.unload();
        JsonNode beacon = RunnerSession.JSON.readTree(uidlRequests.getLast());
        assertTrue(beacon.get("UNLOAD").asBoolean());
        assertEquals("key-1", beacon.get("csrfToken").asText());
        assertEquals(0, beacon.get("rpc").size());
        assertTrue(!session.hasOpenUi());
    }
}
