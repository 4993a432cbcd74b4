package app.limber.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressChartTest extends UiTest {

    private static ProgressChart.Spec weeklyMinutes() {
        return new ProgressChart.Spec(ProgressChart.Type.BAR, ProgressChart.Axis.LABEL, "Week starting",
                List.of("2 Mar", "9 Mar"),
                List.of(new ProgressChart.Series("Minutes", "#1a7f5a",
                        List.of(new ProgressChart.Point(0, 25), new ProgressChart.Point(1, 40)), false)),
                "minutes", true);
    }

    private static List<PendingJavaScriptInvocation> javaScriptSentToTheBrowser() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void theChartIsDrawnByChartJsFromOurOwnOriginWithTheDataAsJson() {
        ProgressChart chart = new ProgressChart("Minutes practised per week", true);
        UI.getCurrent().add(chart);
        chart.show(weeklyMinutes(), "40 minutes last week.");

        assertThat(ProgressChart.class.getAnnotationsByType(JavaScript.class)).extracting(JavaScript::value)
                .containsExactly("context://webjars/chart.js/4.4.7/dist/chart.umd.js",
                        "context://scripts/progress-chart.js");
        assertThat(getClass().getResource("/META-INF/resources/webjars/chart.js/4.4.7/dist/chart.umd.js"))
                .as("the Chart.js WebJar on the classpath").isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/scripts/progress-chart.js"))
                .as("the drawing script, loaded once per page").isNotNull();
        assertThat(javaScriptSentToTheBrowser()).anySatisfy(js -> {
            assertThat(js.getInvocation().getExpression()).contains("window.limberDrawChart(this, $0)")
                    .doesNotContain("new Chart");
            assertThat(js.getInvocation().getParameters().toString()).contains("\"y\":[25,40]")
                    .as("an object, not a string of JSON with escaped quotes").doesNotContain("\\\"");
        });
    }

    @Test
    void theNumbersAreAlsoATableAndTheCanvasIsDescribedInWords() {
        ProgressChart chart = new ProgressChart("Minutes practised per week", true);
        UI.getCurrent().add(chart);
        chart.show(weeklyMinutes(), "40 minutes last week.");
        MarkupInTests.open(_get(chart, com.vaadin.flow.component.html.NativeDetails.class));

        Markup table = _get(chart, Markup.class);
        assertThat(MarkupInTests.parsed(table).selectFirst("caption").text()).isEqualTo("Minutes practised per week");
        assertThat(MarkupInTests.text(table)).contains("Week starting", "2 Mar", "25", "9 Mar", "40");
        assertThat(chart.getElement().getChild(0).getChild(0).getAttribute("aria-label"))
                .isEqualTo("Minutes practised per week. 40 minutes last week.");
        assertThat(chart.getElement().getChild(0).getChild(0).getAttribute("role")).isEqualTo("img");
    }

    @Test
    void dayAxesListEachDayOnce() {
        long day = LocalDate.of(2026, 3, 2).toEpochDay();
        ProgressChart chart = new ProgressChart("Knee-to-wall", true);
        UI.getCurrent().add(chart);
        chart.show(new ProgressChart.Spec(ProgressChart.Type.LINE, ProgressChart.Axis.DAY, "Day", List.of(), List.of(
                new ProgressChart.Series("Left", "#000", List.of(new ProgressChart.Point(day, 8.5)), false),
                new ProgressChart.Series("Right", "#111", List.of(new ProgressChart.Point(day, 9)), false),
                new ProgressChart.Series("Left trend", "#000", List.of(new ProgressChart.Point(day, 1)), true)),
                "cm", false), "");
        MarkupInTests.open(_get(chart, com.vaadin.flow.component.html.NativeDetails.class));

        String text = MarkupInTests.text(_get(chart, Markup.class));
        assertThat(text).contains("2026-03-02", "8.5", "9", "Left (cm)", "Right (cm)").doesNotContain("trend");
    }
}
