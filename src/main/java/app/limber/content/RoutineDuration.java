package app.limber.content;

import java.time.Duration;
import java.util.Collection;

/** How long a routine takes: seconds as given, breaths at an easy, slow pace. */
public final class RoutineDuration {

    /** A slow yoga breath, in and out. */
    public static final int SECONDS_PER_BREATH = 5;

    private RoutineDuration() {
    }

    static int secondsFor(StepDraft.Measure measure, int amount) {
        return measure == StepDraft.Measure.BREATHS ? amount * SECONDS_PER_BREATH : amount;
    }

    public static int totalSeconds(Collection<StepDraft> steps) {
        return steps.stream().mapToInt(StepDraft::approximateSeconds).sum();
    }

    /** "45 s", "3 min", "12 min 30 s". */
    public static String format(int seconds) {
        Duration duration = Duration.ofSeconds(seconds);
        long minutes = duration.toMinutes();
        int rest = duration.toSecondsPart();
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
