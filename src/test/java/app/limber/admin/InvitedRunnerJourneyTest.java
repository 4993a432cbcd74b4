package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.AccountService;
import app.limber.account.InvitationService;
import app.limber.account.MemberAdmin;
import app.limber.account.MyDataExport;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The "done when", over real HTTP where it matters: an admin invites a runner by CSV, the runner sets a
 * password from the emailed link, signs in, changes the password and downloads their data; the admin disables them
 * and their open session ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class InvitedRunnerJourneyTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MemberImport memberImport;

    @Autowired
    app.limber.platform.jobs.BackgroundJobs jobs;

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accountService;

    @Autowired
    MyDataExport myData;

    @Autowired
    MemberAdmin memberAdmin;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String signIn(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return path(response);
    }

    private HttpResponse<String> open(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String path(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith("http") ? location.substring(location.indexOf('/', "http://".length())) : location;
    }

    @Test
    void invitedByCsvSetsPasswordSignsInChangesItDownloadsDataAndIsSignedOutWhenDisabled() throws Exception {
        SignedInPerson admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        actAs(admin);
        long importId = memberImport.start("name,email\nLee Novak,lee@example.test\n"
                .getBytes(StandardCharsets.UTF_8), "members.csv");
        jobs.runNow("admin.member-imports");
        assertThat(memberImport.report(importId, 0, 10)).singleElement().extracting(MemberImport.RowReport::result)
                .isEqualTo(MemberImport.Result.CREATED);
        long lee = jdbc.queryForObject("select id from people where email = 'lee@example.test'", Long.class);

        assertThat(signIn("lee@example.test", "anything at all")).as("no sign-in before accepting")
                .isEqualTo("/login?error");

        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
        Matcher link = Pattern.compile("https://limber\\.example/invitation\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        invitations.accept(link.group(1), "calves loosen on the long run");

        assertThat(signIn("lee@example.test", "calves loosen on the long run")).isEqualTo("/start");
        assertThat(open("/account").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_login_at from people where id = ?", java.sql.Timestamp.class, lee))
                .as("the members grid's last sign-in").isNotNull();

        SignedInPerson signedInLee = new SignedInPerson(lee, "lee@example.test", "Lee Novak", Set.of(Role.RUNNER),
                true, null);
        actAs(signedInLee);
        accountService.changePassword("calves loosen on the long run", "hips open before the hills");
        String data = myData.exportJson();
        assertThat(data).contains("\"email\" : \"lee@example.test\"", "\"displayName\" : \"Lee Novak\"",
                "SUCCEEDED");

        actAs(admin);
        memberAdmin.disable(lee);

        HttpResponse<String> background = browser.send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(background.statusCode()).as("an open page's next background request gets Vaadin's answer, "
                + "not a redirect to the login page's HTML (shown as 'Invalid JSON response')").isEqualTo(200);
        assertThat(background.body()).as("the page reloads, which lands on the login page")
                .contains("\"sessionExpired\":true");
        HttpResponse<String> afterwards = open("/account");
        assertThat(afterwards.statusCode()).as("the open session ended").isEqualTo(302);
        assertThat(path(afterwards)).startsWith("/login");
        assertThat(open("/account").statusCode()).isEqualTo(302);
        assertThat(signIn("lee@example.test", "hips open before the hills")).isEqualTo("/login?error");
    }
}
