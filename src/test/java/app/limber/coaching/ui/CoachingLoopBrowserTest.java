package app.limber.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.program.SessionFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The coaching loop in a real browser: a runner finishes a session with a feel score and a note, then their instructor
 * signs in and reads it on the studio dashboard. Skipped where Chromium or its driver is not installed.
 */
@Import(TestAccounts.class)
class CoachingLoopBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void startChromium() {
        browser = HeadlessChromium.start(1200, 1600);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    private void signIn(String email) {
        browser.get("http://localhost:" + port + "/login");
        waiting().until(driver -> !driver.findElements(By.cssSelector("vaadin-login-form input[name=username]"))
                .isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("secret-password\n");
        waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private WebElement visible(String css) {
        return waiting().until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    @Test
    void aRunnersNoteAfterASessionShowsOnTheInstructorsDashboard() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        SignedInPerson coach = accounts.create("coach@example.test", "Maya Coach", Set.of(Role.INSTRUCTOR));
        SignedInPerson runner = accounts.create("sam@example.test", "Sam Runner", Set.of(Role.RUNNER));
        long routine = fixtures.routine(coach.personId(), "Toe stretch", 30);
        long program = fixtures.program(coach.personId(), "Back on track", 10);
        fixtures.days(program, 10, List.of(routine));
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.now(clock.withZone(ZoneOffset.UTC)));

        signIn(runner.email());
        browser.get("http://localhost:" + port + "/session/" + enrolment + "-1");
        visible("vaadin-button.skip").click();
        visible("vaadin-radio-group.feel vaadin-radio-button:nth-of-type(2)").click();
        visible("vaadin-text-area.completion-note textarea").sendKeys("Left calf tight on the stretch");
        visible("vaadin-button.done").click();
        waiting().until(driver -> driver.getCurrentUrl().contains("/today"));
        assertThat(jdbc.queryForObject("select note from session_completions", String.class))
                .isEqualTo("Left calf tight on the stretch");

        browser.manage().deleteAllCookies();
        signIn(coach.email());
        browser.get("http://localhost:" + port + "/studio");
        WebElement feedback = visible(".program-board .recent-feedback");

        assertThat(feedback.getText()).contains("Sam Runner", "day 1", "2 · Tough", "Left calf tight on the stretch");
        feedback.findElement(By.linkText("Sam Runner")).click();
        waiting().until(driver -> driver.getCurrentUrl().endsWith("/studio/runners/" + runner.personId()));
        assertThat(visible(".runner-log").getText()).contains("Left calf tight on the stretch");
    }
}
