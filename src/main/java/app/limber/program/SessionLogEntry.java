package app.limber.program;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A finished session in the runner's own log: when (their local date), which program and day, minutes practised, how
 * it felt and their note; {@code noteEditable} while the note may still be changed (7 days after finishing).
 */
public record SessionLogEntry(long id, LocalDate date, String programTitle, int dayNumber, int minutes,
        @Nullable Integer feel, String note, boolean noteEditable) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
