package app.limber.site;

import app.limber.content.RoutineDuration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting steps the templates share: dates, durations, and JSON-LD made safe inside a script element. */
public final class PageText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PageText() {
    }

    /** "3 March 2026" (the day in UTC, the same for every reader, so the page can be cached). */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** "3 March 2026" for a calendar day. */
    public static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** The machine-readable date for a {@code <time datetime>} attribute. */
    public static String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
    }

    /** "About 12 min" for a routine's length. */
    public static String about(int totalSeconds) {
        return "About " + RoutineDuration.format(totalSeconds);
    }

    /**
     * A JSON document as the content of {@code <script type="application/ld+json">}: every {@code <}, {@code >} and
     * {@code &} becomes its JSON escape, so no text inside it (a title with "</script>") can end the element. In JSON
     * these characters only ever occur inside strings, where the escapes mean the same.
     */
    public static String jsonLd(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
