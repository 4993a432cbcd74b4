package app.limber.content.ui;

import app.limber.content.ArticleCard;
import app.limber.content.RoutineCard;
import app.limber.content.RoutineDuration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Cards for articles and routines in lists: the home page, tag pages and the routines under an article. */
final class ContentCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private ContentCards() {
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static Div articles(List<ArticleCard> cards) {
        Div grid = new Div();
        grid.addClassName("card-grid");
        cards.forEach(card -> grid.add(article(card)));
        return grid;
    }

    static Div routines(List<RoutineCard> cards) {
        Div grid = new Div();
        grid.addClassName("card-grid");
        cards.forEach(card -> grid.add(routine(card)));
        return grid;
    }

    static Anchor article(ArticleCard card) {
        String byline = (card.authorName().isBlank() ? "" : card.authorName() + " · ") + date(card.publishedAt());
        return card("articles/" + card.slug(), "article-card", card.title(), card.excerpt(), byline);
    }

    static Anchor routine(RoutineCard card) {
        String meta = card.level().label() + " · About " + RoutineDuration.format(card.totalSeconds());
        Anchor anchor = card("routines/" + card.slug(), "routine-card", card.title(), card.summary(), meta);
        if (card.coverImageUrl() != null) {
            Image thumbnail = new Image(card.coverImageUrl(), "");
            thumbnail.addClassName("card-thumbnail");
            anchor.addComponentAsFirst(thumbnail);
        }
        return anchor;
    }

    private static Anchor card(String href, String kind, String title, String text, String meta) {
        Anchor card = new Anchor(href);
        card.addClassNames("content-card", kind);
        card.add(new H3(title));
        if (!text.isBlank()) {
            card.add(new Paragraph(text));
        }
        Span details = new Span(meta);
        details.addClassName("card-meta");
        card.add(details);
        return card;
    }
}
