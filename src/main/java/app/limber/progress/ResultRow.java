package app.limber.progress;

import app.limber.content.Side;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One recorded self-test result, as the runner's own table and chart show it. */
public record ResultRow(long id, long version, long selfTestId, BigDecimal value, Side side, LocalDate measuredOn,
        String note) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
