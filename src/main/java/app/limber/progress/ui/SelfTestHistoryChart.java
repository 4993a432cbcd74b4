package app.limber.progress.ui;

import app.limber.progress.SelfTestHistory;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A self-test's results as a read-only chart with its trend and the numbers as a table: what a runner's instructor
 * sees on the runner page (the same chart as the runner's progress page, without change and delete).
 */
public class SelfTestHistoryChart extends Section {

    private final ProgressChart chart;

    public SelfTestHistoryChart(SelfTestHistory history) {
        addClassName("self-test-panel");
        add(new H3(history.test().name()));
        chart = new ProgressChart(history.test().name() + " in " + history.test().unit() + " over time", true);
        String trend = SelfTestPanel.trendText(history);
        if (!trend.isBlank()) {
            Paragraph words = new Paragraph(trend);
            words.addClassName("self-test-trend");
            add(words);
        }
        chart.show(SelfTestPanel.spec(history.test(), history), trend);
        add(chart);
    }

    /** The JSON handed to Chart.js (for tests). */
    public String drawnJson() {
        return java.util.Objects.requireNonNullElse(chart.drawnJson(), "");
    }
}
