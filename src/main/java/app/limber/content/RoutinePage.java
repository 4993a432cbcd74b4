package app.limber.content;

import java.util.List;

/** A routine as runners and visitors see it; {@code bodyHtml} is already sanitized. */
public record RoutinePage(long id, String slug, String title, String summary, String bodyHtml, Level level,
        Visibility visibility, int totalSeconds, List<String> tags, List<Step> steps, String authorName) {

    /** One step as shown to a runner. */
    public record Step(String name, String cue, String amount, Side side) {
    }
}
