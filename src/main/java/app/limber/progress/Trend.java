package app.limber.progress;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The straight line that best fits a runner's results over time (least squares), and what it says: improving,
 * steady or getting worse, honouring whether higher values are better for the test.
 *
 * @param from  the first day measured; {@code to} the last
 * @param start the line's value on {@code from}; {@code end} its value on {@code to}
 */
public record Trend(Direction direction, LocalDate from, LocalDate to, double start, double end)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A change smaller than this share of the scale (the test's range, or the typical value) counts as steady. */
    static final double STEADY_SHARE = 0.05;

    public enum Direction {
        IMPROVING("improving"),
        STEADY("steady"),
        GETTING_WORSE("getting worse"),
        TOO_FEW("not enough results yet");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One measurement: a day and a value. */
    public record Point(LocalDate day, double value) implements Serializable {
    }

    /** The trend of these points; {@link Direction#TOO_FEW} until they span at least two days. */
    public static Trend of(List<Point> points, boolean higherIsBetter, @Nullable BigDecimal min,
            @Nullable BigDecimal max) {
        if (points.isEmpty()) {
            return new Trend(Direction.TOO_FEW, LocalDate.EPOCH, LocalDate.EPOCH, 0, 0);
        }
        LocalDate first = points.stream().map(Point::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = points.stream().map(Point::day).max(LocalDate::compareTo).orElseThrow();
        double meanValue = points.stream().mapToDouble(Point::value).average().orElse(0);
        if (first.equals(last)) {
            return new Trend(Direction.TOO_FEW, first, last, meanValue, meanValue);
        }
        double meanDay = points.stream().mapToDouble(p -> p.day().toEpochDay() - first.toEpochDay()).average()
                .orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Point point : points) {
            double dx = point.day().toEpochDay() - first.toEpochDay() - meanDay;
            covariance += dx * (point.value() - meanValue);
            variance += dx * dx;
        }
        double slope = covariance / variance;
        double start = meanValue - slope * meanDay;
        double end = start + slope * (last.toEpochDay() - first.toEpochDay());
        double change = end - start;
        double scale = min != null && max != null ? max.subtract(min).abs().doubleValue() : Math.abs(meanValue);
        Direction direction;
        if (Math.abs(change) <= STEADY_SHARE * scale || change == 0) {
            direction = Direction.STEADY;
        } else {
            direction = (change > 0) == higherIsBetter ? Direction.IMPROVING : Direction.GETTING_WORSE;
        }
        return new Trend(direction, first, last, start, end);
    }

    /** Whether there is a line to draw. */
    public boolean hasLine() {
        return direction != Direction.TOO_FEW;
    }
}
