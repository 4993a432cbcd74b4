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
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
 * trend line per side, what the trend says, and the results as a table with change and delete.
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
        new ResultDialog(selfTests, test, ResultEntry.newFor(test, selfTests.todayForCaller()), changed).open();
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
        area.add(resultsTable(all ? newestFirst : newestFirst.stream().limit(RECENT).toList()));
        if (!all && results.size() > RECENT) {
            Button more = new Button("Show all " + results.size() + " results", event -> showResults(area, results, true));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(more);
        }
    }

    /** The results given (newest first), with change and delete for each. */
    private NativeTable resultsTable(List<ResultRow> results) {
        NativeTable table = new NativeTable();
        table.addClassName("self-test-results");
        table.setCaptionText("Your results for " + test.name());
        NativeTableRow header = table.getHead().addRow();
        header.add(ProgressChart.headerCell("Day", "col"));
        if (test.perSide()) {
            header.add(ProgressChart.headerCell("Side", "col"));
        }
        header.add(ProgressChart.headerCell("Value", "col"), ProgressChart.headerCell("Note", "col"),
                ProgressChart.headerCell("", "col"));
        for (ResultRow result : results) {
            NativeTableRow row = table.getBody().addRow();
            String day = DAY.format(result.measuredOn());
            row.add(ProgressChart.headerCell(day, "row"));
            if (test.perSide()) {
                row.add(new NativeTableCell(result.side().label()));
            }
            row.add(new NativeTableCell(test.format(result.value())), new NativeTableCell(result.note()));
            String which = day + (test.perSide() ? ", " + result.side().label().toLowerCase() : "");
            Button edit = new Button(VaadinIcon.EDIT.create(), event -> new ResultDialog(selfTests, test,
                    ResultEntry.of(result), changed).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel("Change the result of " + which);
            edit.setTooltipText("Change");
            Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(result, which));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete the result of " + which);
            delete.setTooltipText("Delete");
            NativeTableCell actions = new NativeTableCell(edit, delete);
            actions.addClassName("result-actions");
            row.add(actions);
        }
        return table;
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
