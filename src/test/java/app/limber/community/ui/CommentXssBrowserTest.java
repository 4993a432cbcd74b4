package app.limber.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.community.CommentFixtures;
import app.limber.community.XssPayloads;
import app.limber.content.ArticleDraft;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A few stored-XSS payloads in a real browser: the app runs on a random port, headless Chromium (the system's, never a
 * downloaded one) opens the article, and no payload runs. Skipped where Chromium or its driver is not installed.
 */
@Import({TestAccounts.class, CommentFixtures.class})
class CommentXssBrowserTest extends BrowserTest {

    /** The payloads that would run on load if rendered as HTML (event handlers, scripts, frames). */
    private static final List<String> PAYLOADS = List.of(XssPayloads.ALL.get(0), XssPayloads.ALL.get(2),
            XssPayloads.ALL.get(5), XssPayloads.ALL.get(9), XssPayloads.ALL.get(13), XssPayloads.ALL.get(44));

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void startChromium() {
        browser = HeadlessChromium.start(1200, 2000);
    }

    @Test
    void payloadsInCommentsNamesAndLinksDoNotRunInChromium() {
        SignedInPerson coach = accounts.create(Set.of(Role.INSTRUCTOR));
        ArticleDraft article = fixtures.publishedArticle(coach, "Ankles that land soft");
        jdbc.update("update people set notify_new_comments = false");
        int n = 0;
        for (String payload : PAYLOADS) {
            n++;
            fixtures.asVisitor(article.getId(), payload.substring(0, Math.min(80, payload.length())),
                    "v" + n + "@example.test", "", payload + "\nhttps://example.org/?q=" + payload);
        }
        jdbc.update("update comments set status = 'APPROVED'");

        browser.get("http://localhost:" + port + "/articles/" + article.getSlug());
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(
                driver -> driver.findElements(By.cssSelector(".comment-text")).size() == PAYLOADS.size());
        // Give onload/onerror/autofocus handlers a moment to fire if anything had been parsed as HTML.
        new WebDriverWait(browser, Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(500))
                .withTimeout(Duration.ofSeconds(2)).until(driver -> true);

        assertThat(noAlert()).as("no alert dialog").isTrue();
        Object xss = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined");
        assertThat(xss).as("no payload ran").isEqualTo(true);
        WebElement thread = browser.findElement(By.cssSelector(".comments .comment-list"));
        assertThat(thread.findElements(By.cssSelector("script, img, svg, iframe, input, object, embed"))).isEmpty();
        String text = thread.getText();
        for (String payload : PAYLOADS) {
            assertThat(text).contains(payload.substring(0, Math.min(20, payload.length())));
        }
        assertThat(thread.findElements(By.cssSelector(".comment-text a"))).allSatisfy(link -> {
            assertThat(link.getAttribute("href")).matches("https?://.*");
            assertThat(link.getAttribute("rel")).isEqualTo("nofollow ugc noopener");
        });
    }

    private boolean noAlert() {
        try {
            browser.switchTo().alert();
            return false;
        } catch (NoAlertPresentException none) {
            return true;
        }
    }
}
