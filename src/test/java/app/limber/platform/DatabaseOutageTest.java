package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.settings.SiteSettingsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away and comes back, through a TCP proxy between the app and PostgreSQL: readiness says DOWN
 * within 5 seconds while liveness stays UP, public requests answer 503 with Retry-After, a view's request gets the
 * "can't reach its database" message, and everything works again within 5 seconds of the database's return, without
 * a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest extends IntegrationTest {

    private static final TcpProxy PROXY = startProxy();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + PROXY.port() + "/"));
    }

    private static String jdbcUrl() {
        return System.getenv().getOrDefault("LIMBER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static TcpProxy startProxy() {
        Matcher hostAndPort = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(jdbcUrl());
        if (!hostAndPort.find()) {
            throw new IllegalStateException("Unexpected test database URL " + jdbcUrl());
        }
        try {
            return new TcpProxy(hostAndPort.group(1),
                    hostAndPort.group(2) == null ? 5432 : Integer.parseInt(hostAndPort.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SiteSettingsService settings;

    @AfterEach
    void databaseBack() {
        PROXY.restore();
    }

    @AfterAll
    static void stopProxy() throws IOException {
        PROXY.close();
    }

    /** How long until the answer to this path satisfies the check (fails after 10 s). */
    private Duration until(String path, Predicate<HttpResponse<String>> check) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            if (check.test(new WebClient(port).get(path))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not change within 10 s");
    }

    @Test
    void aSignInDuringAnOutageGoesBackToTheLoginPageSayingSo() {
        PROXY.cut();
        HttpResponse<String> answer = new WebClient(port).signIn("sam@example.test", "secret-password");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=unavailable");
    }

    @Test
    void thePoolsStandInForABrokenConnectionCountsAsAnOutage() {
        // A rollback on a connection the pool closed after an I/O error fails with this, hiding the I/O error.
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "invoke", null, -1)});
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("Unable to rollback", closed))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed"))).as("not the pool's").isFalse();
    }

    @Test
    void anOutageIsReportedWithinSecondsAndRecoveredFromWithoutARestart() throws Exception {
        assertThat(new WebClient(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        PROXY.cut();
        assertThat(until("/actuator/health/readiness", page -> page.statusCode() == 503))
                .as("readiness DOWN after the cut").isLessThan(Duration.ofSeconds(5));
        assertThat(new WebClient(port).get("/actuator/health/liveness").statusCode()).as("liveness stays UP")
                .isEqualTo(200);

        // A secret of the right length, so that the feed is looked up (a malformed one is turned away unread).
        String unknownFeed = "/calendar/" + "x".repeat(43) + ".ics";
        HttpResponse<String> publicRequest = new WebClient(port).get(unknownFeed);
        assertThat(publicRequest.statusCode()).isEqualTo(503);
        assertThat(publicRequest.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(publicRequest.body()).contains("can't reach its database right now");

        settings.forgetCached();
        Throwable inAView = catchThrowable(() -> settings.current());
        assertThat(inAView).as("a service call from a view fails fast").isNotNull();
        assertThat(app.limber.platform.ui.FriendlyErrorHandlerProbe.messageFor(inAView))
                .isEqualTo(DatabaseOutage.MESSAGE);

        PROXY.restore();
        assertThat(until("/actuator/health/readiness", page -> page.statusCode() == 200))
                .as("readiness UP after the database is back").isLessThan(Duration.ofSeconds(5));
        assertThat(new WebClient(port).get(unknownFeed).statusCode()).as("served again")
                .isEqualTo(404);
    }
}
