package app.limber.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times within a video as people write them: "m:ss" or "h:mm:ss". */
public final class Timestamps {

    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):([0-5]\\d)");

    private Timestamps() {
    }

    /** Seconds for "1:30" (90) or "1:02:03" (3723); refused with a readable message otherwise. */
    public static int parse(String text) {
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Write the time as minutes:seconds, e.g. 1:30");
        }
        int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        if (hours > 0 && minutes > 59) {
            throw new IllegalArgumentException("Write the time as hours:minutes:seconds, e.g. 1:02:30");
        }
        return hours * 3600 + minutes * 60 + Integer.parseInt(matcher.group(3));
    }

    /** "1:30" for 90 seconds, "1:02:03" from an hour on. */
    public static String format(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, rest) : "%d:%02d".formatted(minutes, rest);
    }
}
