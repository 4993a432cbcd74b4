package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void ordinaryFormattingSurvives() {
        String html = markdown.toSafeHtml("## Breathe\n\nSit back *slowly* on your **heels**.\n\n- toes tucked\n- lean forward");
        assertThat(html).contains("<h2>Breathe</h2>", "<em>slowly</em>", "<strong>heels</strong>", "<li>toes tucked</li>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"})
    void scriptsAndHandlersNeverSurvive(String payload) {
        Document dom = Jsoup.parseBodyFragment(markdown.toSafeHtml(payload));
        assertThat(dom.select("script, iframe, svg, img, object, embed, style")).isEmpty();
        for (Element element : dom.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:", "data:text/html");
            }
        }
    }

    @Test
    void linksGetNofollow() {
        assertThat(markdown.toSafeHtml("[Limber](https://limber.example)"))
                .contains("href=\"https://limber.example\"", "rel=\"nofollow noopener\"");
    }
}
