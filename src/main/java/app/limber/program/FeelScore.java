package app.limber.program;

import java.util.List;

/** How a session felt, 1 (hard) to 5 (great), in the words the finish form, logs and the dashboard use. */
public final class FeelScore {

    public static final List<String> WORDS = List.of("Hard", "Tough", "OK", "Good", "Great");

    private FeelScore() {
    }

    /** "4 · Good"; empty for no score. */
    public static String label(@org.jspecify.annotations.Nullable Integer feel) {
        return feel == null || feel < 1 || feel > WORDS.size() ? "" : feel + " · " + WORDS.get(feel - 1);
    }
}
