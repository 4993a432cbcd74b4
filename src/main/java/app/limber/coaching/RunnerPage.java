package app.limber.coaching;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runner as their instructor sees them: their enrolments in the instructor's programs (all, for admins) and the
 * sessions they finished in those, newest first, with feel scores and notes.
 */
public record RunnerPage(long personId, String name, List<EnrolmentLine> enrolments, List<LogEntry> practiceLog)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One enrolment: the program, its start, where it stands and how many sessions are done. */
    public record EnrolmentLine(String programTitle, LocalDate startDate, String status, int sessionsDone)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** One finished session. */
    public record LogEntry(LocalDate date, String programTitle, int dayNumber, int minutes, @Nullable Integer feel,
            String note) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
