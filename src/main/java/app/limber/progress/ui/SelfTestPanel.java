package app.limber.progress.ui;

import app.limber.content.Side;
import app.limber.progress.ResultEntry;
import app.limber.progress.ResultRow;
import app.limber.progress.SelfTestCard;
import app.limber.progress.SelfTestHistory;
import app.limber.progress.SelfTestService;
import app.limber.progress.Trend;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One self-test on the progress page: how to do it, "Record result", the results over time as a chart with a dashed
 * trend line per side, what the trend says, and the newest results as a table (one element of markup) whose rows
 * open a result to change or delete it.
 */
class SelfTestPanel extends Section {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Map<Side, String> COLORS = Map.of(Side.BOTH, "#1a7f5a", Side.LEFT, "#1c64d4",
            Side.RIGHT, "#c2410c");

    /** How many of the newest results the table shows before "Show all". */
    static final int RECENT = 10;

    private final SelfTestService selfTests;
    private final SelfTestCard test;
    private final Runnable changed;
    private final ProgressChart chart;

    SelfTestPanel(SelfTestService selfTests, SelfTestHistory history, Runnable changed) {
        this.selfTests = selfTests;
        this.test = history.test();
        this.changed = changed;
        addClassName("self-test-panel");
        setId("self-test-" + test.id());

        H3 title = new H3(test.name() + (test.active() ? "" : " (retired)"));
        Div header = new Div(title);
        header.addClassName("self-test-header");
        if (test.active()) {
            Button record = new Button("Record result", VaadinIcon.PLUS.create(), event -> openRecordDialog());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setAriaLabel("Record a result for " + test.name());
            header.add(record);
        }
        add(header);
        if (!test.instructions().isBlank()) {
            Paragraph how = new Paragraph(test.instructions());
            how.addClassName("self-test-instructions");
            add(how);
        }
        if (history.results().isEmpty()) {
            Paragraph none = new Paragraph("No results yet. Record your first one to start the chart.");
            none.addClassName("hint");
            add(none);
            chart = new ProgressChart(test.name(), false);
            return;
        }
        Paragraph trend = new Paragraph(trendText(history));
        trend.addClassName("self-test-trend");
        chart = new ProgressChart(test.name() + " in " + test.unit() + " over time", false);
        chart.show(spec(test, history), trendText(history) + " Every result is listed in the table below.");
        Div results = new Div();
        results.addClassName("self-test-results-area");
        showResults(results, history.results(), false);
        add(trend, chart, results);
    }

    /** Opens the dialog that records a new result for this test. */
    void openRecordDialog() {
        new ResultDialog(selfTests, test, ResultEntry.newFor(test, selfTests.todayForCaller()), changed, null).open();
    }

    SelfTestCard test() {
        return test;
    }

    ProgressChart chart() {
        return chart;
    }

    /** "Left: improving. Right: steady." for the sides with results. */
    static String trendText(SelfTestHistory history) {
        if (history.trends().isEmpty()) {
            return "";
        }
        if (history.trends().size() == 1 && history.trends().containsKey(Side.BOTH)) {
            return "Trend: " + history.trends().get(Side.BOTH).direction().label() + ".";
        }
        return history.trends().entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue().direction().label() + ".")
                .collect(Collectors.joining(" "));
    }

    /** The chart of a self-test's results: a line per side, with a dashed trend line for each. */
    static ProgressChart.Spec spec(SelfTestCard test, SelfTestHistory history) {
        List<ProgressChart.Series> series = new ArrayList<>();
        for (Side side : test.sides()) {
            List<ProgressChart.Point> points = history.results().stream().filter(r -> r.side() == side)
                    .map(r -> new ProgressChart.Point(r.measuredOn().toEpochDay(), r.value().doubleValue()))
                    .toList();
            if (points.isEmpty()) {
                continue;
            }
            String label = side == Side.BOTH ? test.name() : side.label();
            series.add(new ProgressChart.Series(label, COLORS.get(side), points, false));
            Trend trend = history.trends().get(side);
            if (trend != null && trend.hasLine()) {
                series.add(new ProgressChart.Series(label + " trend", COLORS.get(side),
                        List.of(new ProgressChart.Point(trend.from().toEpochDay(), trend.start()),
                                new ProgressChart.Point(trend.to().toEpochDay(), trend.end())), true));
            }
        }
        boolean fromZero = test.minValue() != null && test.minValue().signum() == 0;
        return new ProgressChart.Spec(ProgressChart.Type.LINE, ProgressChart.Axis.DAY, "Day", List.of(), series,
                test.unit(), fromZero);
    }

    /** The newest results as a table; the rest a click away, so a long history doesn't make a long page. */
    private void showResults(Div area, List<ResultRow> results, boolean all) {
        area.removeAll();
        List<ResultRow> newestFirst = results.reversed();
        List<ResultRow> shown = all ? newestFirst : newestFirst.stream().limit(RECENT).toList();
        Markup table = new Markup("table", "self-test-results", resultsTable(shown));
        table.onButton(id -> shown.stream().filter(result -> result.id() == id).findFirst().ifPresent(this::change));
        area.add(table);
        if (!all && results.size() > RECENT) {
            Button more = new Button("Show all " + results.size() + " results", event -> showResults(area, results, true));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(more);
        }
    }

    /**
     * The results given (newest first) as one table of markup; each row has one "Change" button, which opens the
     * result in a dialog that also offers to delete it.
     */
    private String resultsTable(List<ResultRow> results) {
        StringBuilder html = new StringBuilder(Markup.element("caption", "Your results for " + test.name()))
                .append("<thead><tr>").append(ProgressChart.headerCell("Day", "col"));
        if (test.perSide()) {
            html.append(ProgressChart.headerCell("Side", "col"));
        }
        html.append(ProgressChart.headerCell("Value", "col")).append(ProgressChart.headerCell("Note", "col"))
                .append(ProgressChart.headerCell("", "col")).append("</tr></thead><tbody>");
        for (ResultRow result : results) {
            html.append("<tr>").append(ProgressChart.headerCell(DAY.format(result.measuredOn()), "row"));
            if (test.perSide()) {
                html.append(Markup.element("td", result.side().label()));
            }
            html.append(Markup.element("td", test.format(result.value()))).append(Markup.element("td", result.note()))
                    .append("<td class=\"result-actions\">")
                    .append(Markup.element("button", "Change", "type", "button", "class", "row-action",
                            "data-id", Long.toString(result.id()), "aria-label",
                            "Change or delete the result of " + which(result)))
                    .append("</td></tr>");
        }
        return html.append("</tbody>").toString();
    }

    /** "10 Mar 2026", or "10 Mar 2026, left" for a per-side test. */
    private String which(ResultRow result) {
        return DAY.format(result.measuredOn()) + (test.perSide() ? ", " + result.side().label().toLowerCase() : "");
    }

    /** Opens the result to change it, with "Delete" beside "Save". */
    private void change(ResultRow result) {
        new ResultDialog(selfTests, test, ResultEntry.of(result), changed, () -> confirmDelete(result, which(result)))
                .open();
    }

    private void confirmDelete(ResultRow result, String which) {
        ConfirmDialog confirm = new ConfirmDialog("Delete this result?",
                test.name() + ", " + which + ": " + test.format(result.value()) + ". This can't be undone.",
                "Delete", event -> {
                    try {
                        selfTests.delete(result.id());
                    } catch (IllegalArgumentException gone) {
                        // Deleted in another tab already: refreshing shows the same outcome.
                    }
                    changed.run();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
