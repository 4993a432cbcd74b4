package app.limber.progress;

import app.limber.content.Side;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A self-test as a runner sees it: what to do, what to record, and which values make sense. */
public record SelfTestCard(long id, String name, String instructions, String unit, boolean higherIsBetter,
        boolean perSide, @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, boolean active)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final BigDecimal LIMIT = new BigDecimal(SelfTestDraft.VALUE_LIMIT);

    /** The sides a result is recorded for: left and right for a per-side test, otherwise both together. */
    public List<Side> sides() {
        return perSide ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.BOTH);
    }

    /** Why a value can't be recorded for this test, if it can't. */
    public Optional<String> valueProblem(@Nullable BigDecimal value) {
        if (value == null) {
            return Optional.of("Enter the value you measured");
        }
        if (value.abs().compareTo(LIMIT) > 0) {
            return Optional.of("That number is too large");
        }
        if (minValue != null && value.compareTo(minValue) < 0) {
            return Optional.of("The lowest value for this test is " + format(minValue));
        }
        if (maxValue != null && value.compareTo(maxValue) > 0) {
            return Optional.of("The highest value for this test is " + format(maxValue));
        }
        return Optional.empty();
    }

    /** "0 to 10 score", "at least 0 cm", or just the unit: what the value field expects. */
    public String rangeHint() {
        if (minValue != null && maxValue != null) {
            return "From " + plain(minValue) + " to " + format(maxValue);
        }
        if (minValue != null) {
            return "At least " + format(minValue);
        }
        return maxValue != null ? "At most " + format(maxValue) : "In " + unit;
    }

    /** A value with this test's unit, e.g. "8.5 cm". */
    public String format(BigDecimal value) {
        return plain(value) + " " + unit;
    }

    /** A value without trailing zeros, e.g. 8.50 → "8.5", 7.00 → "7". */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
