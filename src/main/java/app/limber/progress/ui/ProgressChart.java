package app.limber.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * A chart drawn by Chart.js (served as a WebJar from our own origin) on a canvas, fed with JSON from the server.
 * The canvas carries a text description for screen readers, and the same numbers can be shown as a table, so
 * nothing depends on seeing the picture.
 */
@JavaScript("context://webjars/chart.js/4.4.7/dist/chart.umd.js")
@JavaScript("context://scripts/progress-chart.js")
class ProgressChart extends Div {

    /** Draws (or redraws) the chart described by the JSON in $0 on this element's canvas (see the script). */
    static final String DRAW = "window.limberDrawChart(this, $0)";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the horizontal axis is read: days (x is an epoch day) or labels (one point per label, in order). */
    enum Axis { DAY, LABEL }

    enum Type { LINE, BAR }

    /** One point; x is an epoch day or a label's position. */
    record Point(double x, double y) {
    }

    /** A dataset; a trend line is drawn dashed and left out of the table. */
    record Series(String label, String color, List<Point> points, boolean trend) {
    }

    /**
     * Everything the chart shows; {@code rowHeading} heads the table's first column (the days or labels), e.g.
     * "Day" or "Week starting".
     */
    record Spec(Type type, Axis axis, String rowHeading, List<String> labels, List<Series> series, String unit,
            boolean beginAtZero) {
    }

    private final Element canvas = new Element("canvas");
    private final String caption;
    private final @Nullable NativeDetails table;
    private @Nullable String drawn;

    /**
     * @param caption  what the chart shows, e.g. "Minutes practised per week"
     * @param ownTable whether the numbers are offered as a table here; pass false when the page lists them already
     */
    ProgressChart(String caption, boolean ownTable) {
        this.caption = caption;
        addClassName("progress-chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", caption);
        Div frame = new Div();
        frame.addClassName("chart-frame");
        frame.getElement().appendChild(canvas);
        add(frame);
        if (ownTable) {
            table = new NativeDetails("Show the numbers as a table");
            table.addClassName("chart-table");
            add(table);
        } else {
            table = null;
        }
    }

    /** Shows these data; {@code description} says in words what the chart shows, for screen readers. */
    void show(Spec spec, String description) {
        canvas.setAttribute("aria-label", caption + ". " + description);
        drawn = JSON.writeValueAsString(toJson(spec));
        if (table != null) {
            table.setContent(numbers(spec));
        }
        if (isAttached()) {
            draw();
        }
    }

    /** The JSON last handed to Chart.js (for tests). */
    @Nullable String drawnJson() {
        return drawn;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (drawn != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, drawn);
    }

    private static Map<String, Object> toJson(Spec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", spec.type().name().toLowerCase(java.util.Locale.ROOT));
        json.put("axis", spec.axis().name());
        json.put("labels", spec.labels());
        json.put("unit", spec.unit());
        json.put("beginAtZero", spec.beginAtZero());
        json.put("series", spec.series().stream().map(series -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", series.label());
            s.put("color", series.color());
            s.put("trend", series.trend());
            s.put("points", series.points().stream().map(p -> Map.of("x", p.x(), "y", p.y())).toList());
            return s;
        }).toList());
        return json;
    }

    /**
     * The chart's data series (trend lines left out) as a table: one row per day or label, a column per series; one
     * element of markup, however many rows.
     */
    private Markup numbers(Spec spec) {
        List<Series> data = spec.series().stream().filter(s -> !s.trend()).toList();
        Map<Double, Map<Series, Double>> rows = new java.util.TreeMap<>();
        for (Series series : data) {
            for (Point point : series.points()) {
                rows.computeIfAbsent(point.x(), x -> new LinkedHashMap<>()).put(series, point.y());
            }
        }
        Function<Double, String> rowLabel = spec.axis() == Axis.DAY
                ? x -> LocalDate.ofEpochDay(x.longValue()).toString()
                : x -> spec.labels().get(x.intValue());
        StringBuilder html = new StringBuilder(Markup.element("caption", caption)).append("<thead><tr>")
                .append(headerCell(spec.rowHeading(), "col"));
        for (Series series : data) {
            html.append(headerCell(series.label() + unitSuffix(spec.unit()), "col"));
        }
        html.append("</tr></thead><tbody>");
        rows.forEach((x, values) -> {
            html.append("<tr>").append(headerCell(rowLabel.apply(x), "row"));
            for (Series series : data) {
                Double value = values.get(series);
                html.append(Markup.element("td", value == null ? "" : number(value)));
            }
            html.append("</tr>");
        });
        return new Markup("table", "chart-numbers", html.append("</tbody>").toString());
    }

    /** A header cell of a table of markup, with its scope ("col" or "row"). */
    static String headerCell(String text, String scope) {
        return Markup.element("th", text, "scope", scope);
    }

    private static String unitSuffix(String unit) {
        return unit.isBlank() ? "" : " (" + unit + ")";
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }
}
