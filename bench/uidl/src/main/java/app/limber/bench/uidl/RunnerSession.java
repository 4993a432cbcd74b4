package app.limber.bench.uidl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated browser tab of one runner, speaking the same HTTP and UIDL protocol as Vaadin Flow 25's client:
 * form login, the bootstrap page, the {@code v-r=init} request, {@code ui-navigate} router events on the UI node,
 * click events, heartbeats and the UNLOAD beacon. Every UIDL answer is checked (sync id, no error or
 * session-expired meta); a wrong answer throws {@link ProtocolException} so that the benchmark fails loudly.
 *
 * <p>Requests are serialized per tab: the runner's thread and the heartbeat ticker ({@link #heartbeatIfDue}) may both
 * use it, like the page's scripts and its heartbeat timer in a browser.
 */
final class RunnerSession {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]*)\"");
    private static final Pattern SESSION_LINK = Pattern.compile("session/(\\d{1,18}-\\d{1,3})");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Browser details the Flow client sends with the init request (a phone in portrait). */
    private static final Map<String, String> BROWSER_DETAILS = browserDetails();

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private UiTree tree = new UiTree();
    private volatile int uiId = -1;
    private int closedUiId = -1;
    private String csrfToken = "";
    private int syncId = -1;
    private int clientId = 0;
    private int historyIndex = 0;
    private String route = "";
    private String lastSessionAddress;
    private long heartbeatIntervalMillis = 300_000;
    /**
     * When the tab's heartbeat timer last fired (or the UI was created). Like the browser's timer it does not care
     * about other requests: the server counts only heartbeats when it decides whether a tab is still open.
     */
    private volatile long lastContactNanos = System.nanoTime();

    /** Characters of the last UIDL answer and of the last init answer. */
    private int lastResponseBytes;
    private int lastInitBytes;

    RunnerSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    // ---- login ---------------------------------------------------------------------------------------------------

    void login(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("login"));
        expectStatus(page, 200, "GET /login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        Matcher token = CSRF_META.matcher(page.body());
        Matcher parameter = CSRF_PARAMETER.matcher(page.body());
        if (token.find() && parameter.find()) {
            form.put(parameter.group(1), token.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new ProtocolException("login as " + email + " answered " + answer.statusCode() + " -> '" + location
                    + "' (is the benchmark password right?)");
        }
    }

    // ---- views ---------------------------------------------------------------------------------------------------

    /**
     * A full page load of a view, as when the runner opens the address in a new tab: UNLOAD of the tab's previous UI
     * (if any), the bootstrap page, the init request and the router's first navigation.
     */
    synchronized void open(String path) throws IOException, InterruptedException {
        if (uiId >= 0) {
            unload();
        }
        HttpResponse<String> page = send(get(path));
        expectStatus(page, 200, "GET /" + path);
        if (!page.body().contains("<html") && !page.body().contains("<!doctype")) {
            throw new ProtocolException("GET /" + path + " did not answer the bootstrap page");
        }
        String[] pathAndQuery = path.split("\\?", 2);
        // The page says <base href=".">: the client resolves its requests against the context root.
        StringBuilder init = new StringBuilder("?v-r=init&location=")
                .append(URLEncoder.encode(pathAndQuery[0], StandardCharsets.UTF_8))
                .append("&query=")
                .append(URLEncoder.encode(pathAndQuery.length > 1 ? pathAndQuery[1] : "", StandardCharsets.UTF_8));
        BROWSER_DETAILS.forEach((key, value) -> init.append('&').append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<String> answer = send(get(init.toString()));
        expectStatus(answer, 200, "init of /" + path);
        if (!answer.headers().firstValue("Content-Type").orElse("").contains("application/json")) {
            throw new ProtocolException("init of /" + path + " did not answer JSON: " + abbreviate(answer.body()));
        }
        JsonNode appConfig = JSON.readTree(answer.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!uidl.isObject() || !appConfig.path("v-uiId").isInt()) {
            throw new ProtocolException("init of /" + path + " has no appConfig.uidl / v-uiId: "
                    + abbreviate(answer.body()));
        }
        tree = new UiTree();
        uiId = appConfig.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText("");
        syncId = -1;
        clientId = 0;
        historyIndex = 0;
        heartbeatIntervalMillis = appConfig.path("heartbeatInterval").asLong(300) * 1000;
        lastInitBytes = answer.body().length();
        accept(uidl, "init of /" + path);
        lastContactNanos = System.nanoTime();
        if (!tree.knowsListenerFeature()) {
            throw new ProtocolException("init of /" + path + " registered no ui-navigate listener on the UI");
        }
        navigate(path, "");
    }

    /** A router navigation inside the open UI, as a click on a side-nav link sends it. */
    synchronized void navigate(String path) throws IOException, InterruptedException {
        navigate(path, "link");
    }

    private void navigate(String path, String trigger) throws IOException, InterruptedException {
        String[] pathAndQuery = path.split("\\?", 2);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", pathAndQuery[0]);
        data.put("query", pathAndQuery.length > 1 ? pathAndQuery[1] : "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", trigger);
        JsonNode answer = uidl(event(1, "ui-navigate", data), "navigation to /" + path);
        String text = answer.toString();
        if (text.contains("Could not navigate") || text.contains("We couldn't find that session")) {
            throw new ProtocolException("navigation to /" + path + " showed an error view: " + abbreviate(text));
        }
        Matcher session = SESSION_LINK.matcher(text);
        if (session.find()) {
            lastSessionAddress = session.group(1);
        }
        route = path;
    }

    /** Clicks the first live button with this caption; empty when there is none. */
    synchronized Optional<Integer> click(String caption) throws IOException, InterruptedException {
        Optional<Integer> button = tree.button(caption);
        if (button.isPresent()) {
            ObjectNode data = tree.clickData(button.get(), JSON.createObjectNode());
            uidl(event(button.get(), "click", data), "click on '" + caption + "' in /" + route);
        }
        return button;
    }

    /** The heartbeat the Flow client sends every {@code heartbeatInterval} seconds while the tab is open. */
    synchronized void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> answer = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .POST(HttpRequest.BodyPublishers.noBody()));
        expectStatus(answer, 200, "heartbeat");
        lastContactNanos = System.nanoTime();
    }

    /**
     * Sends the heartbeat if the UI is open and its last heartbeat is a heartbeat interval ago; returns
     * the round trip in nanoseconds, or -1 when none was due. Without heartbeats the server closes the UI after
     * three intervals, as it does for a tab closed on a phone.
     */
    synchronized long heartbeatIfDue() throws IOException, InterruptedException {
        if (!heartbeatDue()) {
            return -1;
        }
        long start = System.nanoTime();
        heartbeat();
        return System.nanoTime() - start;
    }

    /** The UNLOAD beacon the Flow client sends (navigator.sendBeacon) when the tab is closed or left. */
    synchronized void unload() throws IOException, InterruptedException {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.putArray("rpc");
        payload.put("UNLOAD", true);
        HttpResponse<String> answer = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
        expectStatus(answer, 200, "UNLOAD");
        closedUiId = uiId;
        uiId = -1;
    }

    /** HTTP status of a heartbeat for the UI closed by the last UNLOAD: not 200 once the server has let it go. */
    synchronized int heartbeatStatusOfClosedUi() throws IOException, InterruptedException {
        return send(request("?v-r=heartbeat&v-uiId=" + closedUiId).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode();
    }

    // ---- UIDL ----------------------------------------------------------------------------------------------------

    private static ArrayNode event(int node, String event, ObjectNode data) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode call = rpc.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.set("data", data);
        return rpc;
    }

    private JsonNode uidl(ArrayNode rpc, String what) throws IOException, InterruptedException {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", rpc);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        HttpResponse<String> answer = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
        expectStatus(answer, 200, what);
        String body = answer.body();
        // Older Flow versions put "for(;;);" and an array around the message; Flow 25 answers the bare object.
        String json = body.startsWith(UIDL_PREFIX) ? body.substring(UIDL_PREFIX.length()) : body;
        JsonNode messages;
        try {
            messages = JSON.readTree(json);
        } catch (IOException notJson) {
            throw new ProtocolException(what + " did not answer UIDL: " + abbreviate(body));
        }
        JsonNode uidl = messages.isArray() ? messages.path(0) : messages;
        lastResponseBytes = body.length();
        accept(uidl, what);
        return uidl;
    }

    private void accept(JsonNode uidl, String what) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("appError")) {
            throw new ProtocolException(what + " answered an error: " + abbreviate(meta.toString()));
        }
        if (!uidl.path("syncId").isInt()) {
            throw new ProtocolException(what + " answered no syncId: " + abbreviate(uidl.toString()));
        }
        int newSyncId = uidl.path("syncId").asInt();
        if (newSyncId <= syncId && syncId >= 0) {
            throw new ProtocolException(what + " answered syncId " + newSyncId + " after " + syncId);
        }
        syncId = newSyncId;
        clientId = uidl.path("clientId").isInt() ? uidl.path("clientId").asInt() : clientId + 1;
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.path("Vaadin-Security-Key").asText();
        }
        tree.apply(uidl);
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private static void expectStatus(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new ProtocolException(what + " answered HTTP " + response.statusCode() + " -> '"
                    + response.headers().firstValue("Location").orElse("") + "' " + abbreviate(response.body()));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    private static Map<String, String> browserDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", "844");
        details.put("v-sw", "390");
        details.put("v-wh", "740");
        details.put("v-ww", "390");
        details.put("v-bh", "740");
        details.put("v-bw", "390");
        details.put("v-curdate", Long.toString(System.currentTimeMillis()));
        details.put("v-tzo", "0");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "0");
        details.put("v-dston", "false");
        details.put("v-tzid", "UTC");
        details.put("v-td", "true");
        details.put("v-pr", "3");
        details.put("v-np", "iPhone");
        details.put("v-cs", "");
        details.put("v-pv", "visible");
        details.put("v-fs", "false");
        details.put("v-so", "portrait-primary");
        details.put("v-soa", "0");
        details.put("v-tn", "lumo");
        details.put("v-ws", "true");
        return Map.copyOf(details);
    }

    // ---- state for the driver ------------------------------------------------------------------------------------

    int lastResponseBytes() {
        return lastResponseBytes;
    }

    int lastInitBytes() {
        return lastInitBytes;
    }

    String route() {
        return route;
    }

    /** The address ({@code enrolmentId-day}) of a session the last view linked to, if any. */
    Optional<String> sessionAddress() {
        return Optional.ofNullable(lastSessionAddress);
    }

    long heartbeatIntervalMillis() {
        return heartbeatIntervalMillis;
    }

    boolean hasOpenUi() {
        return uiId >= 0;
    }

    int stateNodes() {
        return tree.nodeCount();
    }

    /** Whether the UI is open and its last heartbeat (or its creation) is a heartbeat interval ago. */
    boolean heartbeatDue() {
        return uiId >= 0 && System.nanoTime() - lastContactNanos >= heartbeatIntervalMillis * 1_000_000;
    }

    /** A protocol answer the real client would not accept. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
