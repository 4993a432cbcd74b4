package app.limber.coaching;

import app.limber.content.Side;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the studio home shows an instructor: a board per program, and the steps runners marked in their routines. */
public record Dashboard(List<ProgramBoard> programs, List<StepCount> stepFeedback) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One program: its runners, practice done against practice due, where runners drop off, and what they said. */
    public record ProgramBoard(long programId, String title, int lengthDays, int activeRunners, int pausedRunners,
            Window lastWeek, Window lastFourWeeks, List<DayCompletion> byDay, List<BehindRunner> fallingBehind,
            List<Feedback> recentFeedback, List<SelfTestChange> selfTestChanges) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * Sessions done and due in a window (the last 7 or 28 days): due counts the practice days of active runners that
     * fell on those days of their own calendar, done counts the sessions they finished in that time.
     */
    public record Window(int days, int done, int due) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A practice day of the program: how many runners have reached it and how many of them completed it. */
    public record DayCompletion(int dayNumber, int reached, int completed) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        /** Completed as a whole percentage of those who reached the day (0 when nobody has). */
        public int percent() {
            return reached == 0 ? 0 : completed * 100 / reached;
        }
    }

    /** An active runner with three or more practice days missed, by their own calendar. */
    public record BehindRunner(long personId, String name, int missedDays, int dayNumber,
            @Nullable LocalDate lastPractised) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** What a runner said after a session: feel 1-5 (optional) and a note. */
    public record Feedback(long personId, String name, int dayNumber, @Nullable Integer feel, String note,
            LocalDate completedOn) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * How a self-test the program prompts changed since runners enrolled, for one side: runners with two or more
     * results since their start, the average change from their first to their latest, and how many improved.
     */
    public record SelfTestChange(long selfTestId, String name, String unit, boolean higherIsBetter, Side side,
            int runners, double averageChange, int improved) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** How often runners marked a step of one of the instructor's routines too hard or good. */
    public record StepCount(long routineId, String routineTitle, int stepNumber, String stepName, int tooHard,
            int feltGood) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
