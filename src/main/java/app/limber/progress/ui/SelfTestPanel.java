package app.limber.progress.ui;

import app.limber.content.Side;
import app.limber.progress.ResultEntry;
import app.limber.progress.ResultRow;
import app.limber.progress.SelfTestCard;
import app.limber.progress.SelfTestHistory;
import app.limber.progress.SelfTestService;
import app.limber.progress.Trend;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One self-test on the progress page: how to do it, "Record result", the results over time as a chart with a dashed
 * trend line per side, what the trend says, and the newest results as a table whose rows open a result to change or
 * delete it, with "Show more" for older ones (read then, a page at a time). Apart from the chart it is two elements
 * of markup (the heading with its button, instructions and trend; the table with its buttons); the panel keeps the
 * test and how many rows it shows, not the results.
 */
class SelfTestPanel extends Section {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Map<Side, String> COLORS = Map.of(Side.BOTH, "#1a7f5a", Side.LEFT, "#1c64d4",
            Side.RIGHT, "#c2410c");

    /** How many of the newest results the table shows at first. */
    static final int RECENT = 5;
    /** How many more each "Show more" adds. */
    static final int MORE = 20;
    /** The data-id of "Show more" in the table's markup (result ids are positive). */
    private static final long SHOW_MORE = -1;
    /** The data-ids of the buttons in the heading's markup: "Record result" and "How to do this test". */
    private static final long RECORD = 0;
    private static final long HOW_TO = 1;

    private final SelfTestService selfTests;
    private final SelfTestCard test;
    private final Runnable changed;
    private final ProgressChart chart;
    private final Markup results = new Markup("div", "self-test-results", "");
    private final Markup summary;
    private final String trend;
    private final int total;
    private int shown;
    private boolean howToShown;

    SelfTestPanel(SelfTestService selfTests, SelfTestHistory history, Runnable changed) {
        this.selfTests = selfTests;
        this.test = history.test();
        this.changed = changed;
        this.total = history.results().size();
        addClassName("self-test-panel");
        setId("self-test-" + test.id());
        this.trend = history.results().isEmpty() ? "" : trendText(history);
        summary = new Markup("div", "self-test-summary", summary());
        summary.onButton(id -> {
            if (id == HOW_TO) {
                howToShown = !howToShown;
                summary.setContent(summary());
                summary.focus("button[data-id='" + HOW_TO + "']");
            } else {
                openRecordDialog();
            }
        });
        add(summary);
        if (history.results().isEmpty()) {
            chart = new ProgressChart(test.name(), false);
            return;
        }
        chart = new ProgressChart(test.name() + " in " + test.unit() + " over time", false);
        chart.show(spec(test, history), trend + " The results are listed in the table below, newest"
                + " first.");
        results.onButton(id -> {
            if (id == SHOW_MORE) {
                showMore();
            } else {
                change(id);
            }
        });
        showResults(history.results().reversed().stream().limit(RECENT).toList(), -1);
        add(chart, results);
    }

    /**
     * The heading with "Record result" (for an active test), what the trend says, and "How to do this test", which
     * shows the instructions when pressed (they are sent then, not with the page; the record dialog shows them too).
     */
    private String summary() {
        StringBuilder html = new StringBuilder("<div class='self-test-header'>")
                .append(Markup.element("h3", test.name() + (test.active() ? "" : " (retired)")));
        if (test.active()) {
            html.append(Markup.element("button", "Record result", "class", "row-action primary-action", "data-id",
                    Long.toString(RECORD), "aria-label", "Record a result for " + test.name()));
        }
        html.append("</div>");
        html.append(trend.isEmpty()
                ? Markup.element("p", "No results yet. Record your first one to start the chart.", "class", "hint")
                : Markup.element("p", trend, "class", "self-test-trend"));
        if (!test.instructions().isBlank()) {
            html.append(Markup.element("button", "How to do this test", "class", "row-action how-to", "data-id",
                    Long.toString(HOW_TO), "aria-expanded", Boolean.toString(howToShown)));
            if (howToShown) {
                html.append(Markup.element("p", test.instructions(), "class", "self-test-instructions"));
            }
        }
        return html.toString();
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

    /** The next results, older ones, read now (one query): the table grows by {@value #MORE} rows. */
    private void showMore() {
        int before = shown;
        showResults(selfTests.myNewestResults(test.id(), Math.min(total, shown + MORE)), before);
    }

    /**
     * The results given (newest first) as one table of markup with "Show more" below while there are older ones;
     * {@code focus} is the row whose button takes the keyboard focus (the first new one after "Show more"), -1 none.
     */
    private void showResults(List<ResultRow> rows, int focus) {
        shown = rows.size();
        StringBuilder html = new StringBuilder("<table>").append(Markup.element("caption",
                "Your results for " + test.name() + ", newest first")).append("<thead><tr>")
                .append(ProgressChart.headerCell("Day", "col"));
        if (test.perSide()) {
            html.append(ProgressChart.headerCell("Side", "col"));
        }
        html.append(ProgressChart.headerCell("Value", "col")).append(ProgressChart.headerCell("Note", "col"))
                .append(ProgressChart.headerCell("", "col")).append("</tr></thead><tbody>");
        for (int i = 0; i < rows.size(); i++) {
            ResultRow result = rows.get(i);
            html.append("<tr>").append(ProgressChart.headerCell(DAY.format(result.measuredOn()), "row"));
            if (test.perSide()) {
                html.append(Markup.element("td", result.side().label()));
            }
            html.append(Markup.element("td", test.format(result.value()))).append(Markup.element("td", result.note()))
                    .append("<td>").append(Markup.element("button", "Change", "class", "row-action", "data-id",
                            Long.toString(result.id()), "aria-label", "Change or delete the result of " + which(result)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (shown < total) {
            int more = Math.min(MORE, total - shown);
            html.append(Markup.element("button", "Show " + more + " more " + (more == 1 ? "result" : "results"),
                    "class", "row-action show-more", "data-id", Long.toString(SHOW_MORE)));
        }
        results.setContent(html.toString());
        if (focus >= 0 && focus < rows.size()) {
            results.focus("button[data-id='" + rows.get(focus).id() + "']");
        }
    }

    /** "10 Mar 2026", or "10 Mar 2026, left" for a per-side test. */
    private String which(ResultRow result) {
        return DAY.format(result.measuredOn()) + (test.perSide() ? ", " + result.side().label().toLowerCase() : "");
    }

    /**
     * Opens the result to change it, with "Delete" beside "Save"; read by its id from the browser, so only the
     * caller's own result of this test opens (the service refuses anyone else's).
     */
    private void change(long resultId) {
        ResultRow result;
        try {
            result = selfTests.myResult(resultId);
        } catch (IllegalArgumentException gone) {
            changed.run(); // deleted in another tab meanwhile: show what is there now
            return;
        }
        if (result.selfTestId() != test.id()) {
            return;
        }
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
