package app.limber.content;

import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos placed in an article's text: a line of its own reading {@code [[video:12]]} shows video 12 there. The one
 * place that knows the notation, for the editor (insert), the service (check and load) and the page (render).
 */
public final class VideoEmbeds {

    private static final Pattern LINE = Pattern.compile("(?m)^\\s*\\[\\[video:(\\d{1,18})]]\\s*$");
    private static final Pattern EXACT = Pattern.compile("\\s*\\[\\[video:(\\d{1,18})]]\\s*");

    private VideoEmbeds() {
    }

    /** The notation for one video, as a line to put into the text. */
    public static String placeholder(long videoId) {
        return "[[video:" + videoId + "]]";
    }

    /** The ids of the videos placed in this Markdown text, in order of first appearance. */
    public static Set<Long> idsIn(String markdown) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = LINE.matcher(markdown);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** The video id if this paragraph text is exactly a placeholder. */
    public static OptionalLong idOf(String paragraphText) {
        Matcher matcher = EXACT.matcher(paragraphText);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
