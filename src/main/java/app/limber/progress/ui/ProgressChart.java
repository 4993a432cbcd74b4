package app.limber.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn by Chart.js (served as a WebJar from our own origin) on a canvas, fed with one compact JSON object
 * from the server: only what is drawn, the x and y values of each line as two arrays of plain numbers. The canvas
 * carries a text description for screen readers, and the same numbers can be shown as a table, which is built and
 * sent only when the runner opens it, so nothing depends on seeing the picture and nothing hidden costs the page.
 */
@JavaScript("context://webjars/chart.js/4.4.7/dist/chart.umd.js")
@JavaScript("context://scripts/progress-chart.js")
class ProgressChart extends Div {

    /** Draws (or redraws) the chart described by the JSON object $0 on this element's canvas (see the script). */
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
    private @Nullable Spec tableSpec;
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
        if (ownTable) {
            // the canvas takes its frame's height, so the table goes beside the frame, not in it
            Div frame = new Div();
            frame.addClassName("chart-frame");
            frame.getElement().appendChild(canvas);
            table = new NativeDetails("Show the numbers as a table");
            table.addClassName("chart-table");
            table.addToggleListener(event -> {
                if (event.isOpened()) {
                    fillTable();
                }
            });
            add(frame, table);
        } else {
            addClassName("chart-frame");
            getElement().appendChild(canvas);
            table = null;
        }
    }

    /** Shows these data; {@code description} says in words what the chart shows, for screen readers. */
    void show(Spec spec, String description) {
        canvas.setAttribute("aria-label", caption + ". " + description);
        drawn = toJson(spec).toString();
        if (table != null) {
            tableSpec = spec;
            if (table.getContent() != null) {
                fillTable();
            }
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
        // an object, not a string: no escaped quotes in the response
        getElement().executeJs(DRAW, JSON.readTree(drawn));
    }

    private void fillTable() {
        if (table != null && tableSpec != null) {
            table.setContent(numbers(tableSpec));
        }
    }

    /**
     * {"type":"line","unit":"cm","zero":true,"series":[{"label":"Left","color":"#1c64d4","x":[20500,20507],
     * "y":[6.5,7]},{"label":"Left trend","color":"#1c64d4","trend":true,"x":[..],"y":[..]}]}; a chart by labels
     * has "labels" and no "x".
     */
    static ObjectNode toJson(Spec spec) {
        ObjectNode json = JSON.createObjectNode();
        json.put("type", spec.type().name().toLowerCase(Locale.ROOT));
        boolean byLabel = spec.axis() == Axis.LABEL;
        if (byLabel) {
            ArrayNode labels = json.putArray("labels");
            spec.labels().forEach(labels::add);
        }
        if (!spec.unit().isBlank()) {
            json.put("unit", spec.unit());
        }
        if (spec.beginAtZero()) {
            json.put("zero", true);
        }
        ArrayNode series = json.putArray("series");
        for (Series s : spec.series()) {
            ObjectNode one = series.addObject();
            one.put("label", s.label());
            one.put("color", s.color());
            if (s.trend()) {
                one.put("trend", true);
            }
            if (!byLabel) {
                ArrayNode xs = one.putArray("x");
                s.points().forEach(p -> addNumber(xs, p.x()));
            }
            ArrayNode ys = one.putArray("y");
            s.points().forEach(p -> addNumber(ys, p.y()));
        }
        return json;
    }

    /** 7 rather than 7.0, and at most two decimals. */
    private static void addNumber(ArrayNode array, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            array.add((long) value);
        } else {
            array.add(Math.round(value * 100) / 100.0);
        }
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
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }
}
