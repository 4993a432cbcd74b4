package app.limber.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.BrowserTest;
import app.limber.HeadlessChromium;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.progress.PracticeHistory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * /progress in Chromium: the server sends each chart as a compact data object and {@code scripts/progress-chart.js}
 * turns it into a Chart.js chart. This checks that the script and the format agree: every chart canvas on the page
 * gets a chart, the self-test chart has one point per result (a line per side) and the chart has drawn on its canvas.
 */
@Import(TestAccounts.class)
class ProgressChartsBrowserTest extends BrowserTest {

    /** For each canvas on the page: its label, whether Chart.js has a chart on it, its datasets and their points. */
    private static final String CHARTS = """
            if (!window.Chart) { return null; }
            return Array.from(document.querySelectorAll('canvas')).map(canvas => {
              const chart = Chart.getChart(canvas);
              const pixels = canvas.width > 0 && canvas.height > 0
                ? canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data : [];
              let inked = 0;
              for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { inked++; } }
              return {
                label: canvas.getAttribute('aria-label') || '',
                drawn: !!chart,
                inked: inked,
                datasets: chart ? chart.data.datasets.map(d => d.label + ':' + d.data.length) : []
              };
            });
            """;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyChartOnTheProgressPageIsDrawnFromItsData() {
        long coach = accounts.create(Set.of(Role.INSTRUCTOR)).personId();
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PracticeHistory history = new PracticeHistory(jdbc, coach, runner.personId(), today.minusDays(30));
        for (int day = 1; day <= 20; day += 2) {
            history.completed(today.minusDays(day), 12 + day);
        }
        Timestamp now = Timestamp.from(Instant.now());
        long kneeToWall = jdbc.queryForObject("""
                insert into self_tests (author_id, name, unit, per_side, created_at, updated_at)
                values (?, 'Knee-to-wall', 'cm', true, ?, ?) returning id""", Long.class, coach, now, now);
        for (int week = 0; week < 3; week++) {
            for (String side : List.of("LEFT", "RIGHT")) {
                jdbc.update("""
                        insert into self_test_results (self_test_id, person_id, measured_value, side, measured_on,
                            created_at) values (?, ?, ?, ?, ?, ?)""", kneeToWall, runner.personId(),
                        8 + week * 0.5 + (side.equals("LEFT") ? 0 : 1), side, today.minusWeeks(week), now);
            }
        }

        browser = HeadlessChromium.start(1280, 900);
        HeadlessChromium.signIn(browser, port, runner.email(), "secret-password");
        browser.get("http://localhost:" + port + "/progress");
        List<Map<String, Object>> charts = settledCharts();

        assertThat(charts).as("chart canvases on /progress").isNotEmpty();
        assertThat(charts).as("every canvas has a Chart.js chart with ink on it").allSatisfy(chart -> {
            assertThat(chart.get("drawn")).as("%s drawn", chart.get("label")).isEqualTo(true);
            assertThat(((Number) chart.get("inked")).longValue()).as("%s inked pixels", chart.get("label"))
                    .isPositive();
        });
        assertThat(charts).as("the knee-to-wall chart, one point per result and side")
                .anySatisfy(chart -> {
                    assertThat((String) chart.get("label")).contains("Knee-to-wall");
                    @SuppressWarnings("unchecked")
                    List<String> datasets = (List<String>) chart.get("datasets");
                    assertThat(datasets).filteredOn(dataset -> dataset.endsWith(":3")).hasSizeGreaterThanOrEqualTo(2);
                });
    }

    /** The charts once the page has settled: the same description twice, half a second apart, with a chart drawn. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> settledCharts() {
        Object[] last = {null};
        return new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            Object now = ((JavascriptExecutor) driver).executeScript(CHARTS);
            boolean settled = now instanceof List<?> list && !list.isEmpty() && now.equals(last[0])
                    && list.stream().anyMatch(chart -> Boolean.TRUE.equals(((Map<String, Object>) chart).get("drawn")));
            last[0] = now;
            return settled ? (List<Map<String, Object>>) now : null;
        });
    }
}
