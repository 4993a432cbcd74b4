package app.limber.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.program.SessionFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The runner's pages in Chromium at phone size (390×844): every button, link and icon button a thumb can reach is at
 * least 44×44 CSS pixels (Apple's and WCAG 2.5.5's minimum), including the header's menu button and account menu.
 */
@Import(TestAccounts.class)
class RunnerTapTargetsBrowserTest extends BrowserTest {

    private static final double LEAST = 44;

    /**
     * Everything one taps in the application's layout (header and page; not Vaadin's development tools beside it),
     * measured where it is shown: Vaadin buttons and the like by their host element, plain links and buttons by their
     * box; hidden ones (closed drawer, collapsed details) are left out.
     */
    private static final String TAP_TARGETS = """
            const selectors = 'a[href], button, summary, vaadin-button, vaadin-drawer-toggle, vaadin-menu-bar-button,'
                + ' vaadin-details-summary, [role=button], vaadin-checkbox, vaadin-radio-button';
            const found = [];
            const seen = new Set();
            const visit = root => {
              root.querySelectorAll(selectors).forEach(el => {
                if (seen.has(el)) { return; }
                seen.add(el);
                // Controls inside a Vaadin component's shadow DOM are measured as the component itself.
                if (el.getRootNode() !== document && el.getRootNode().host
                    && el.getRootNode().host.matches(selectors)) { return; }
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (box.width === 0 || box.height === 0 || style.visibility === 'hidden'
                    || !el.checkVisibility() || box.right <= 0 || box.left >= innerWidth) { return; }
                found.push({ what: (el.localName + ' ' + (el.getAttribute('aria-label') || el.textContent || '')
                                  .trim().replace(/\\s+/g, ' ').slice(0, 40) + ' .' + (el.className || '')).trim(),
                             width: box.width, height: box.height });
              });
              root.querySelectorAll('*').forEach(el => { if (el.shadowRoot) { visit(el.shadowRoot); } });
            };
            const layout = document.querySelector('vaadin-app-layout');
            if (!layout) { return null; }
            visit(layout);
            if (layout.shadowRoot) { visit(layout.shadowRoot); }
            return found;
            """;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyTapTargetOnTheRunnersPagesIsAtLeast44PixelsSquareOnAPhone() {
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        long sunSalute = fixtures.routine(coach, "Runner's Sun Salute", 60, -5);
        long program = fixtures.program(coach, "Back on track", 10);
        fixtures.days(program, 10, List.of(sunSalute), 3);
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Day 5 today, with days to catch up (so the catch-up list and its links show).
        long enrolment = fixtures.enrol(runner.personId(), program, today.minusDays(4));
        // Day 4 was left on its last screen: it opens on "how did it feel" and "Done".
        jdbc.update("insert into session_places (enrolment_id, day_number, step_index, updated_at) values (?, 4, 2, ?)",
                enrolment, Timestamp.from(Instant.now()));
        long kneeToWall = selfTest(coach);
        result(kneeToWall, runner.personId(), today.minusDays(2), "8.5");
        result(kneeToWall, runner.personId(), today, "9.0");

        browser = HeadlessChromium.phone(390, 844);
        signIn(runner.email());

        List<String> tooSmall = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (String page : List.of("today", "session/" + enrolment + "-5",
                "session/" + enrolment + "-4", "session/" + enrolment + "-3", "progress", "account")) {
            List<Map<String, Object>> targets = measure(page);
            assertThat(targets).as("tap targets on /%s", page).isNotEmpty();
            for (Map<String, Object> target : targets) {
                measured.add(page + ": " + target.get("what"));
                double width = ((Number) target.get("width")).doubleValue();
                double height = ((Number) target.get("height")).doubleValue();
                if (width < LEAST - 0.5 || height < LEAST - 0.5) {
                    tooSmall.add("/%s: %s is %.0f×%.0f".formatted(page, target.get("what"), width, height));
                }
            }
        }
        // The ones the issue named were among those measured.
        assertThat(measured).anyMatch(what -> what.contains("Leave · your place is kept"))
                .anyMatch(what -> what.contains("Change or delete the result of"))
                .anyMatch(what -> what.endsWith("-4: vaadin-button Done .done"))
                .anyMatch(what -> what.contains("catch up"))
                .anyMatch(what -> what.startsWith("today: summary Account menu for"));
        assertThat(tooSmall).as("tap targets under 44×44 px").isEmpty();
    }

    private long selfTest(long author) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into self_tests (author_id, name, unit, min_value, max_value, created_at, updated_at)
                values (?, 'Knee-to-wall', 'cm', 0, 30, ?, ?) returning id""", Long.class, author, now, now);
    }

    private void result(long selfTest, long person, LocalDate on, String value) {
        jdbc.update("""
                insert into self_test_results (self_test_id, person_id, measured_value, measured_on, created_at)
                values (?, ?, ?::numeric, ?, ?)""", selfTest, person, value, on, Timestamp.from(Instant.now()));
    }

    private void signIn(String email) {
        HeadlessChromium.signIn(browser, port, email, "secret-password");
    }

    /** The page's tap targets once it has settled: the same list twice, half a second apart. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> measure(String page) {
        browser.get("http://localhost:" + port + "/" + page);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> !driver.findElements(By.cssSelector("vaadin-app-layout main h1")).isEmpty());
        Object[] last = {null};
        return new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            Object now = ((JavascriptExecutor) driver).executeScript(TAP_TARGETS);
            boolean settled = now != null && now.equals(last[0]);
            last[0] = now;
            return settled ? (List<Map<String, Object>>) now : null;
        });
    }
}
