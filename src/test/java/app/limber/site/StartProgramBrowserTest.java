package app.limber.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.ProgramOffer;
import app.limber.content.Visibility;
import app.limber.program.ProgramDraft;
import app.limber.site.PublicContentFixtures.State;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import app.limber.WebClient;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** A runner in Chromium follows an article's call to action to the program, picks today and lands enrolled. */
@Import({TestAccounts.class, PublicContentFixtures.class})
class StartProgramBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublicContentFixtures fixtures;

    @Autowired
    ArticleService articles;

    @Test
    void aRunnerFollowsTheArticlesCallToActionAndIsEnrolled() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        long routine = fixtures.routine("Toe stretch", State.PUBLISHED, Visibility.PUBLIC).getId();
        ProgramDraft program = fixtures.program("Back on Track", State.PUBLISHED, routine, 30);
        ArticleDraft article = fixtures.article("Toes first", State.PUBLISHED, Visibility.PUBLIC);
        ArticleDraft draft = articles.load(article.getId()).orElseThrow();
        draft.setCallToAction(new ProgramOffer(program.getId(), program.getTitle(), program.getSlug()));
        articles.save(draft);
        SecurityContextHolder.clearContext();
        SignedInPerson sam = accounts.create(Set.of(Role.RUNNER));
        browser = HeadlessChromium.start(1200, 1400);
        signIn(sam.email());
        assertThat(browser.manage().getCookieNamed("JSESSIONID")).as("signed in").isNotNull();

        browser.get("http://localhost:" + port + "/articles/toes-first");
        browser.findElement(By.linkText("Start this program")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/programs/back-on-track/start");
        assertThat(browser.findElement(By.id("start-date")).getAttribute("value"))
                .isEqualTo(LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
        browser.findElement(By.cssSelector("form[action$='/start'] button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("enrolled"));
        assertThat(browser.findElement(By.id("enrolled")).getText()).isEqualTo("You're in!");
        assertThat(jdbc.queryForObject("select count(*) from enrolments where person_id = ? and status = 'ACTIVE'",
                Long.class, sam.personId())).isEqualTo(1);
        assertThat(browser.findElement(By.linkText("Go to today")).getAttribute("href")).endsWith("/today");
    }

    /**
     * Signs in through the real login form over HTTP and hands the session cookie to Chromium: the public pages under
     * test need no Vaadin, and the Vaadin login page's first bundle load is slow on a busy machine.
     */
    private void signIn(String email) {
        HttpResponse<String> login = new WebClient(port).signIn(email, "secret-password");
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow()
                .split(";", 2)[0].substring("JSESSIONID=".length());
        browser.get("http://localhost:" + port + "/robots.txt");
        browser.manage().addCookie(new Cookie("JSESSIONID", session, "/"));
    }
}
