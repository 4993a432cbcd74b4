package app.limber.community;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment text is plain text: this splits it into text and web addresses, for auto-linking and for counting links.
 * Only http(s) and www. addresses become links, so no other scheme (javascript:, data:) ever reaches an href.
 */
public final class CommentText {

    /** The longest comment, in characters (code points, so an emoji counts as one). */
    public static final int MAX_LENGTH = 5000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'\"";

    /** A run of text, or an address with the href it links to. */
    public record Part(String text, boolean link) {

        /** Where the link goes: the address itself, with {@code http://} put in front of a bare {@code www.}. */
        public String href() {
            return text.regionMatches(true, 0, "www.", 0, 4) ? "http://" + text : text;
        }
    }

    private CommentText() {
    }

    /** The text as parts, in order; line breaks stay inside the text parts. */
    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        int from = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end - matcher.start() < 5) {
                continue;
            }
            if (matcher.start() > from) {
                parts.add(new Part(text.substring(from, matcher.start()), false));
            }
            parts.add(new Part(text.substring(matcher.start(), end), true));
            from = end;
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return parts;
    }

    /** The addresses in the text, spelled out (for the moderation queue). */
    public static List<String> links(String text) {
        return parts(text).stream().filter(Part::link).map(Part::text).toList();
    }

    /** Length as a reader would count it: an emoji is one character. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
