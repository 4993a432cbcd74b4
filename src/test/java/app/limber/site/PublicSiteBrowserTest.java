package app.limber.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.community.CommentFixtures;
import app.limber.content.ArticleDraft;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A reader in Chromium with JavaScript turned off: opens the home page, follows a link to an article, reads it and
 * leaves a guest comment, which is held for moderation. No session cookie is set along the way.
 */
@Import({TestAccounts.class, CommentFixtures.class})
class PublicSiteBrowserTest extends BrowserTest {

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void startChromiumWithoutJavaScript() {
        browser = HeadlessChromium.startWithoutJavaScript(1200, 1600);
    }

    @Test
    void aReaderWithoutJavaScriptReadsAnArticleAndLeavesACommentThatIsHeldForModeration() {
        SignedInPerson coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        ArticleDraft article = fixtures.publishedArticle(coach, "Your big toe starts every stride");
        jdbc.update("update people set notify_new_comments = false");

        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.linkText("Your big toe starts every stride")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/articles/" + article.getSlug());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your big toe starts every stride");
        assertThat(browser.findElement(By.cssSelector(".body-text")).getText())
                .contains("Kneel, tuck the toes under, breathe.");

        browser.findElement(By.id("comment-name")).sendKeys("Sam Rivera");
        browser.findElement(By.id("comment-email")).sendKeys("sam@example.test");
        browser.findElement(By.id("comment-text")).sendKeys("My big toe finally bends!");
        clock.advance(Duration.ofSeconds(30));
        browser.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

        assertThat(browser.findElement(By.id("comment-outcome")).getText()).contains("held for moderation");
        assertThat(browser.getCurrentUrl()).contains("comment=held");
        assertThat(browser.manage().getCookies()).as("no session for a reader").isEmpty();
        assertThat(jdbc.queryForObject("select status from comments", String.class)).isEqualTo("PENDING");
    }
}
