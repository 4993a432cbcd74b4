package app.limber.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders instructors' Markdown to HTML that is safe to show: raw HTML in the source is escaped, and the result is
 * cleaned against an allow-list, so scripts, event handlers and javascript: links never reach a browser.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.basic()
            .addTags("h2", "h3", "h4", "hr")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, safelist);
    }
}
