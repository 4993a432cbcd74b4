package app.limber.progress;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A self-test as the studio editor holds it. Id 0 means not saved yet; the version is the one the editor loaded, so a
 * save over someone else's newer change is refused.
 */
public class SelfTestDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int UNIT_MAX = 30;
    /** The largest size a value may have (the database keeps 8 digits before the point and 2 after). */
    public static final String VALUE_LIMIT = "99999999";

    static final String RANGE_BACKWARDS = "The highest value must be above the lowest";

    private final long id;
    private final long version;

    @NotBlank(message = "Give the self-test a name")
    @Size(max = NAME_MAX, message = "Keep the name under " + NAME_MAX + " characters")
    private String name = "";

    @Size(max = INSTRUCTIONS_MAX, message = "Keep the instructions under " + INSTRUCTIONS_MAX + " characters")
    private String instructions = "";

    @NotBlank(message = "Say what the value is measured in, e.g. cm or a 0-10 score")
    @Size(max = UNIT_MAX, message = "Keep the unit under " + UNIT_MAX + " characters")
    private String unit = "";

    private boolean higherIsBetter = true;

    private boolean perSide;

    @DecimalMin(value = "-" + VALUE_LIMIT, message = "That number is too large")
    @DecimalMax(value = VALUE_LIMIT, message = "That number is too large")
    @Digits(integer = 8, fraction = 2, message = "Use at most two decimals")
    private @Nullable BigDecimal minValue;

    @DecimalMin(value = "-" + VALUE_LIMIT, message = "That number is too large")
    @DecimalMax(value = VALUE_LIMIT, message = "That number is too large")
    @Digits(integer = 8, fraction = 2, message = "Use at most two decimals")
    private @Nullable BigDecimal maxValue;

    private boolean active = true;

    public SelfTestDraft(long id, long version) {
        this.id = id;
        this.version = version;
    }

    /** An empty draft for a new self-test. */
    public static SelfTestDraft blank() {
        return new SelfTestDraft(0, 0);
    }

    public boolean isNew() {
        return id == 0;
    }

    /** Why the lowest and highest values don't fit together, if they don't. */
    public static Optional<String> rangeProblem(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return min != null && max != null && max.compareTo(min) <= 0 ? Optional.of(RANGE_BACKWARDS)
                : Optional.empty();
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public void setHigherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean isPerSide() {
        return perSide;
    }

    public void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    public @Nullable BigDecimal getMinValue() {
        return minValue;
    }

    public void setMinValue(@Nullable BigDecimal minValue) {
        this.minValue = minValue;
    }

    public @Nullable BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(@Nullable BigDecimal maxValue) {
        this.maxValue = maxValue;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
