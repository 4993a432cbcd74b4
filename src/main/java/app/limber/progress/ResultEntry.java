package app.limber.progress;

import app.limber.content.Side;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A self-test result as the runner enters it. A result id of 0 records a new one; otherwise it changes that result
 * from the version the form loaded.
 */
public class ResultEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 1000;
    /** Results further back than this are surely typing mistakes. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final long selfTestId;
    private final long resultId;
    private final long version;

    @NotNull(message = "Enter the value you measured")
    private @Nullable BigDecimal value;

    @NotNull(message = "Choose a side")
    private Side side = Side.BOTH;

    @NotNull(message = "Choose the day you measured")
    private @Nullable LocalDate measuredOn;

    @Size(max = NOTE_MAX, message = "Keep the note under " + NOTE_MAX + " characters")
    private String note = "";

    public ResultEntry(long selfTestId, long resultId, long version) {
        this.selfTestId = selfTestId;
        this.resultId = resultId;
        this.version = version;
    }

    /** A new result for the test, measured today. */
    public static ResultEntry newFor(SelfTestCard test, LocalDate today) {
        ResultEntry entry = new ResultEntry(test.id(), 0, 0);
        entry.side = test.sides().getFirst();
        entry.measuredOn = today;
        return entry;
    }

    /** A recorded result, to change. */
    public static ResultEntry of(ResultRow row) {
        ResultEntry entry = new ResultEntry(row.selfTestId(), row.id(), row.version());
        entry.value = row.value();
        entry.side = row.side();
        entry.measuredOn = row.measuredOn();
        entry.note = row.note();
        return entry;
    }

    /** Why a day can't be the day of a measurement, if it can't ({@code today} in the runner's own time zone). */
    public static Optional<String> dayProblem(@Nullable LocalDate day, LocalDate today) {
        if (day == null) {
            return Optional.of("Choose the day you measured");
        }
        if (day.isAfter(today)) {
            return Optional.of("That day hasn't come yet");
        }
        return day.isBefore(EARLIEST) ? Optional.of("Choose a day from 2000 on") : Optional.empty();
    }

    public boolean isNew() {
        return resultId == 0;
    }

    public long getSelfTestId() {
        return selfTestId;
    }

    public long getResultId() {
        return resultId;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public @Nullable LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(@Nullable LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
