package app.limber.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moments as people read them: "29 Nov 2026, 07:42" in the reader's time zone (a person's own, see
 * {@link SignedInPerson#zone()}), without seconds or fractions. One format for the admin console and data exports.
 */
public final class ReadableTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A moment as Java writes it ({@link Instant#toString()}), as found in stored texts. */
    private static final Pattern ISO_INSTANT = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z\\b");

    private ReadableTime() {
    }

    /** The moment in this time zone, e.g. "29 Nov 2026, 07:42". */
    public static String of(Instant moment, ZoneId zone) {
        return FORMAT.withZone(zone).format(moment);
    }

    /** A calendar day, e.g. "29 Nov 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** The text with every ISO moment in it (e.g. "publish at 2026-11-29T06:42:00Z") written as a local time. */
    public static String inText(String text, ZoneId zone) {
        Matcher iso = ISO_INSTANT.matcher(text);
        return iso.replaceAll(match -> Matcher.quoteReplacement(of(Instant.parse(match.group()), zone)));
    }
}
