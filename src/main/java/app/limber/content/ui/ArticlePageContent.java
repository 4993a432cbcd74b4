package app.limber.content.ui;

import app.limber.content.ArticlePage;
import app.limber.content.ProgramOffer;
import app.limber.content.Visibility;
import app.limber.content.VideoEmbeds;
import app.limber.content.VideoPlayback;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An article as readers see it. Used by the public page and by the studio's "Preview as reader". */
class ArticlePageContent extends Article {

    ArticlePageContent(ArticlePage page) {
        addClassName("article-page");
        if (page.coverImageUrl() != null) {
            Image cover = new Image(page.coverImageUrl(), "");
            cover.addClassName("routine-cover");
            add(cover);
        }
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
            addBody(page);
        }
        if (!page.routines().isEmpty()) {
            Section routines = new Section(new H2("Practise it"), ContentCards.routines(page.routines()));
            routines.addClassName("linked-routines");
            add(routines);
        }
        ProgramOffer program = page.callToAction();
        if (program != null) {
            Anchor start = new Anchor("programs/" + program.slug() + "/start", "Start this program");
            start.addClassName("call-to-action-button");
            Section callToAction = new Section(new H2(program.title()),
                    new Paragraph("Ready to make it a habit? Follow the program day by day."), start,
                    new Anchor("programs/" + program.slug(), "About the program"));
            callToAction.addClassName("call-to-action");
            add(callToAction);
        }
    }

    /**
     * The text (sanitized by the service), with a player wherever a paragraph is a video placeholder. Placeholders
     * of videos this reader may not watch are left out quietly.
     */
    private void addBody(ArticlePage page) {
        StringBuilder pending = new StringBuilder();
        for (Element block : Jsoup.parseBodyFragment(page.bodyHtml()).body().children()) {
            OptionalLong videoId = "p".equals(block.tagName()) ? VideoEmbeds.idOf(block.text()) : OptionalLong.empty();
            if (videoId.isEmpty()) {
                pending.append(block.outerHtml());
                continue;
            }
            flush(pending);
            VideoPlayback playback = page.videos().get(videoId.getAsLong());
            if (playback != null) {
                VideoPlayer player = new VideoPlayer(playback);
                player.addClassName("article-video");
                add(player);
            }
        }
        flush(pending);
    }

    private void flush(StringBuilder html) {
        if (!html.isEmpty()) {
            add(new Html("<div class=\"article-body\">" + html + "</div>"));
            html.setLength(0);
        }
    }
}
