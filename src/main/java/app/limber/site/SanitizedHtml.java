package app.limber.site;

/**
 * HTML that may be written into a page as it is: Markdown rendered and cleaned against an allow-list by
 * {@code content.Markdown} (scripts, event handlers and javascript: links removed). The one kind of raw HTML the
 * templates print ({@code $unsafe}); everything else goes through JTE's escaping.
 */
public record SanitizedHtml(String html) {

    /** HTML that the content service already sanitized (an article's or routine's body, a program's description). */
    static SanitizedHtml fromContentService(String html) {
        return new SanitizedHtml(html);
    }
}
