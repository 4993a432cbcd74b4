package app.limber.program;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line endings, lines folded at 75 octets without splitting a UTF-8
 * character, and text values escaped. One all-day event per practice day of an enrolment.
 */
final class CalendarFeed {

    /** One all-day event. */
    record Event(String uid, LocalDate date, String summary, String description, String url) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    private CalendarFeed() {
    }

    /** The whole calendar, named {@code calendarName}, stamped {@code now}. */
    static String write(String calendarName, Instant now, List<Event> events) {
        CalendarFeed feed = new CalendarFeed();
        feed.line("BEGIN:VCALENDAR");
        feed.line("VERSION:2.0");
        feed.line("PRODID:-//Limber//Programs//EN");
        feed.line("CALSCALE:GREGORIAN");
        feed.line("METHOD:PUBLISH");
        feed.line("X-WR-CALNAME:" + escape(calendarName));
        for (Event event : events) {
            feed.line("BEGIN:VEVENT");
            feed.line("UID:" + event.uid());
            feed.line("DTSTAMP:" + STAMP.format(now));
            feed.line("DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            feed.line("DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            feed.line("SUMMARY:" + escape(event.summary()));
            feed.line("DESCRIPTION:" + escape(event.description()));
            feed.line("URL:" + event.url());
            feed.line("TRANSP:TRANSPARENT");
            feed.line("END:VEVENT");
        }
        feed.line("END:VCALENDAR");
        return feed.out.toString();
    }

    /** Text value escaping: backslash, semicolon, comma and newlines. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: continuation lines start with a space (which counts). */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
