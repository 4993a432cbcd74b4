package app.limber.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.community.CommentFixtures;
import app.limber.community.CommentRefusedException;
import app.limber.community.QueueRow;
import app.limber.community.XssPayloads;
import app.limber.content.ArticleDraft;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Stored XSS: every payload of {@link XssPayloads} as comment text, name and web address, rendered in the public
 * thread and in the moderation grid, ends up as text. Checked on Vaadin's element tree (what is sent to the browser):
 * no element a payload could create, no event-handler attribute, no raw HTML, and links only to http(s) addresses.
 * {@code CommentXssBrowserTest} runs a few of them in headless Chromium.
 */
@Import(CommentFixtures.class)
class CommentXssTest extends UiTest {

    private static final Set<String> DANGEROUS_TAGS = Set.of("script", "iframe", "img", "svg", "object", "embed",
            "style", "link", "meta", "base", "form", "input", "video", "audio", "source", "math", "template", "body",
            "details", "marquee", "noscript", "textarea", "title", "x", "button");

    @Autowired
    CommentFixtures fixtures;

    ArticleDraft article;
    final List<String> stored = new ArrayList<>();

    @BeforeEach
    void everyPayloadAsTextNameAndAddress() {
        SignedInPerson coach = accounts.create(Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Ankles that land soft");
        jdbc.update("update people set notify_new_comments = false");
        fixtures.settings(s -> s.withCommentsPerHour(1000));
        int n = 0;
        for (String payload : XssPayloads.ALL) {
            n++;
            String name = payload.codePointCount(0, payload.length()) > 80
                    ? payload.substring(0, payload.offsetByCodePoints(0, 80)) : payload;
            String text = payload + "\nhttps://example.org/" + n + "?" + payload;
            try {
                fixtures.asVisitor(article.getId(), name, "v" + n + "@example.test", payload, text);
            } catch (CommentRefusedException refusedAddress) {
                // Most payloads are not a valid web address; they are refused at the field, never stored.
                fixtures.asVisitor(article.getId(), name, "v" + n + "@example.test", "", text);
            }
            stored.add(text);
        }
        jdbc.update("update comments set status = 'APPROVED'");
    }

    @Test
    void payloadsRenderAsTextInTheModerationGrid() {
        loginAs(Role.ADMIN);
        navigateTo("admin/comments");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-approved")));
        @SuppressWarnings("unchecked")
        Grid<QueueRow> grid = _get(Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(XssPayloads.ALL.size());
        for (int row = 0; row < GridKt._size(grid); row++) {
            for (String column : List.of("author", "comment", "item")) {
                Component cell = GridKt._getCellComponent(grid, row, column);
                assertThat(_find(cell, Html.class)).isEmpty();
                assertSafe(cell.getElement());
            }
            assertThat(GridKt._getCellComponent(grid, row, "comment").getElement().getTextRecursively())
                    .contains(GridKt._get(grid, row).text());
        }
    }

    private static void assertSafe(Element element) {
        if (element.isTextNode()) {
            return;
        }
        String tag = element.getTag().toLowerCase(Locale.ROOT);
        assertThat(DANGEROUS_TAGS).as("element <%s>", tag).doesNotContain(tag);
        assertThat(element.getAttributeNames().toList()).as("attributes of <%s>", tag)
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("on"))
                .doesNotContain("srcdoc", "src", "formaction");
        String style = element.getAttribute("style");
        if (style != null) {
            assertThat(style.toLowerCase(Locale.ROOT)).as("style of <%s>", tag).doesNotContain("url(", "expression",
                    "javascript");
        }
        assertThat(element.getPropertyNames().toList()).as("properties of <%s>", tag)
                .doesNotContain("innerHTML", "outerHTML");
        String href = element.getAttribute("href");
        if (href != null) {
            assertThat(href).as("link target").matches("(?i)^(https?://|articles/|routines/)[^\\s<>\"'`]*$");
        }
        element.getChildren().forEach(CommentXssTest::assertSafe);
    }
}
