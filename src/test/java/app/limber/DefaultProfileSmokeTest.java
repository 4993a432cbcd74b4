package app.limber;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.content.ArticleCard;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import app.limber.platform.mail.Outbox;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The zero-setup default: no profile, the embedded H2 database (in memory here, so the test leaves no files), demo
 * accounts seeded, a real HTTP server. A demo runner signs in through the real login form post.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "limber.demo=" })
class DefaultProfileSmokeTest {

    @LocalServerPort
    int port;

    private WebClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = new WebClient(port);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    private HttpResponse<String> login(String email, String password) {
        return browser.signIn(email, password);
    }

    private HttpResponse<String> login(String email, String password, String origin) {
        return browser.signIn(email, password, origin);
    }

    @DynamicPropertySource
    static void mailGoesToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail.SMTP::getPort);
    }

    @Autowired
    ArticleService articles;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoutineService routines;

    @Autowired
    app.limber.coaching.CoachingDashboardService dashboards;

    @Autowired
    app.limber.coaching.RunnerPageService runnerPages;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy;

    /** The coaching queries are native SQL: they must run on H2 (PostgreSQL mode) as well as on PostgreSQL. */
    @Test
    void theCoachingDashboardAndRunnerPageRunOnH2() {
        org.springframework.security.core.context.SecurityContextHolder
                .setContextHolderStrategy(securityContextHolderStrategy);
        long coach = jdbc.queryForObject("select id from people where email = 'coach@limber.test'", Long.class);
        long runner = jdbc.queryForObject("select id from people where email = 'runner@limber.test'", Long.class);
        var caller = new app.limber.account.SignedInPerson(coach, "coach@limber.test", "Coach",
                java.util.Set.of(app.limber.account.Role.INSTRUCTOR), true, null);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                caller, null, caller.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            var dashboard = dashboards.dashboard();
            assertThat(dashboard.programs()).isNotEmpty();
            assertThat(dashboard.programs().getFirst().activeRunners()).isGreaterThanOrEqualTo(2);
            assertThat(dashboard.programs().getFirst().recentFeedback()).isNotEmpty();
            assertThat(dashboard.programs().getFirst().byDay()).isNotEmpty();
            assertThat(runnerPages.runner(runner).practiceLog()).isNotEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void demoArticlesAndRoutinesAreReadableOnH2() {
        List<ArticleCard> latest = articles.latestLive(6, false);
        assertThat(latest).isNotEmpty();
        assertThat(articles.findLive(latest.getFirst().slug(), false)).hasValueSatisfying(
                page -> assertThat(page.routines()).isNotEmpty());
        assertThat(articles.tagPage("foot-mobility", true)).hasValueSatisfying(
                page -> assertThat(page.routines()).isNotEmpty());
        assertThat(routines.latestLive(6, false)).isNotEmpty();
    }

    @Test
    void demoRunnerSignsInAndIsSentToTheStartPage() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);

        HttpResponse<String> response = login("runner@limber.test", "limber-demo");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
        assertThat(get("/start").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        HttpResponse<String> response = login("runner@limber.test", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void loginPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> response = login("runner@limber.test", "limber-demo", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/start").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void pagesCarrySecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpResponse<String> home = get("/login");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        HttpResponse<String> publicHome = get("/");
        assertThat(publicHome.statusCode()).isEqualTo(200);
        assertThat(publicHome.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(publicHome.headers().allValues("Set-Cookie")).as("the public site opens no session").isEmpty();
    }

    @Test
    void visitorsOpeningARunnerPageAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> today = get("/today");

        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(today.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void healthIsUpWithoutAMailServer() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void emailLeavesThroughTheOutboxRightAfterTheCommitWithTheSchedulerRunningOnH2() throws Exception {
        GreenMail smtp = new GreenMail(TestMail.SMTP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo("runner@limber.test");
            message.setSubject("Your program starts Monday");
            message.setText("Day 1: the post-run toe stretch.");
            transaction.executeWithoutResult(status -> outbox.enqueue(message));

            assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("sent by the background job").isTrue();
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Your program starts Monday");
            // GreenMail stores the message (which wakes waitForIncomingEmail) before it answers 250 to the end of
            // DATA: stopping the server now could cut that answer off, and an email whose acceptance the client never
            // heard is rightly tried again. So the server keeps running until the outbox has heard the answer.
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            String status;
            do {
                Thread.sleep(50);
                status = jdbc.queryForObject("select status from mail_outbox", String.class);
            } while (!"SENT".equals(status) && System.nanoTime() < deadline);
            assertThat(status).isEqualTo("SENT");
            assertThat(jdbc.queryForObject("select attempts from mail_outbox", Integer.class))
                    .as("sent on the first try, right after the commit").isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
        } finally {
            smtp.stop();
        }
        assertThat(jdbc.queryForObject("select last_run_by from background_jobs where name = 'mail.outbox'",
                String.class)).as("the job ran under its lease").isNotBlank();
    }
}
