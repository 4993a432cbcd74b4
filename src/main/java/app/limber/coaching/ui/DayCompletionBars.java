package app.limber.coaching.ui;

import app.limber.coaching.Dashboard.DayCompletion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Completion by program day as one bar per practice day (the share of runners who reached the day and completed
 * it), so the days where runners drop off stand out; the same numbers as a table underneath. Plain elements and
 * CSS: no chart library for bars.
 */
class DayCompletionBars extends Div {

    DayCompletionBars(List<DayCompletion> days) {
        addClassName("day-completion");
        add(new H3("Completion by program day"));
        if (days.isEmpty()) {
            add(CoachingDashboard.hint("This program has no practice days yet."));
            return;
        }
        Div bars = new Div();
        bars.addClassName("day-bars");
        bars.getElement().setAttribute("role", "img");
        bars.getElement().setAttribute("aria-label", "Share of runners who completed each practice day they reached."
                + " The same numbers are in the table below.");
        for (DayCompletion day : days) {
            Div fill = new Div();
            fill.addClassName("day-bar-fill");
            fill.getStyle().set("height", day.percent() + "%");
            Div bar = new Div(fill);
            bar.addClassName("day-bar");
            bar.getElement().setAttribute("title", "Day " + day.dayNumber() + ": " + day.completed() + " of "
                    + day.reached() + " runners");
            Span label = new Span(Integer.toString(day.dayNumber()));
            label.addClassName("day-bar-label");
            Div column = new Div(bar, label);
            column.addClassName("day-bar-column");
            bars.add(column);
        }
        add(bars);
        var table = Tables.table("Completion by program day", "Day", "Reached", "Completed", "Completed %");
        days.forEach(day -> {
            NativeTableRow row = table.getBody().addRow();
            Tables.cells(row, Integer.toString(day.dayNumber()), Integer.toString(day.reached()),
                    Integer.toString(day.completed()), day.percent() + "%");
        });
        NativeDetails numbers = new NativeDetails("Show the numbers as a table", table);
        numbers.addClassName("chart-table");
        add(numbers);
    }
}
