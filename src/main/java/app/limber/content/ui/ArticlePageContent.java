package app.limber.content.ui;

import app.limber.content.ArticlePage;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An article as readers see it. Used by the public page and by the studio's "Preview as reader". */
class ArticlePageContent extends Article {

    ArticlePageContent(ArticlePage page) {
        addClassName("article-page");
        add(new H1(page.title()));
        String byline = Stream.of(page.authorName().isBlank() ? null : "By " + page.authorName(),
                page.publishedAt() == null ? null : ContentCards.date(page.publishedAt()))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        if (!byline.isEmpty()) {
            Paragraph paragraph = new Paragraph(byline);
            paragraph.addClassName("byline");
            add(paragraph);
        }
        Div meta = new Div();
        meta.addClassName("routine-meta");
        if (page.visibility() == Visibility.MEMBERS) {
            Span chip = new Span("Members only");
            chip.addClassName("chip");
            meta.add(chip);
        }
        page.tags().forEach(tag -> {
            Anchor link = new Anchor("tags/" + tag.slug(), "#" + tag.name());
            link.addClassName("chip");
            meta.add(link);
        });
        if (meta.getChildren().findAny().isPresent()) {
            add(meta);
        }
        if (!page.excerpt().isBlank()) {
            Paragraph excerpt = new Paragraph(page.excerpt());
            excerpt.addClassName("lead");
            add(excerpt);
        }
        if (!page.bodyHtml().isBlank()) {
            // Sanitized by the service (Markdown rendered, then cleaned against an allow-list).
            add(new Html("<div class=\"article-body\">" + page.bodyHtml() + "</div>"));
        }
        if (!page.routines().isEmpty()) {
            Section routines = new Section(new H2("Practise it"), ContentCards.routines(page.routines()));
            routines.addClassName("linked-routines");
            add(routines);
        }
    }
}
