package app.limber.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** A step as the editor holds it: plain values, checked by Bean Validation here and in the service. */
public class StepDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int CUE_MAX = 1000;
    public static final int AMOUNT_MAX = 3600;

    /** Whether a step is held for a time or for a number of breaths. */
    public enum Measure {
        SECONDS("seconds"),
        BREATHS("breaths");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @NotBlank(message = "Give the step a name")
    @Size(max = NAME_MAX, message = "Keep the name under " + NAME_MAX + " characters")
    private String name = "";

    @Size(max = CUE_MAX, message = "Keep the cue under " + CUE_MAX + " characters")
    private String cue = "";

    @NotNull
    private Measure measure = Measure.SECONDS;

    @Min(value = 1, message = "At least 1")
    @Max(value = AMOUNT_MAX, message = "At most " + AMOUNT_MAX)
    private int amount = 30;

    @NotNull
    private Side side = Side.BOTH;

    public StepDraft copy() {
        StepDraft copy = new StepDraft();
        copy.name = name;
        copy.cue = cue;
        copy.measure = measure;
        copy.amount = amount;
        copy.side = side;
        return copy;
    }

    /** Approximate seconds this step takes, counting a breath as {@link RoutineDuration#SECONDS_PER_BREATH}. */
    public int approximateSeconds() {
        return RoutineDuration.secondsFor(measure, amount);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getCue() {
        return cue;
    }

    public void setCue(String cue) {
        this.cue = cue == null ? "" : cue;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public int getAmount() {
        return amount;
    }

    public void setAmount(int amount) {
        this.amount = amount;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }
}
