package app.limber.content.ui;

import app.limber.content.RoutineDuration;
import app.limber.content.RoutinePage;
import app.limber.content.Side;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A routine as runners read it. Used by the public page and by the studio's "Preview as runner". */
class RoutinePageContent extends Article {

    RoutinePageContent(RoutinePage page) {
        addClassName("routine-page");
        Div meta = new Div(chip(page.level().label()), chip("About " + RoutineDuration.format(page.totalSeconds())));
        if (page.visibility() == Visibility.MEMBERS) {
            meta.add(chip("Members only"));
        }
        page.tags().forEach(tag -> meta.add(chip("#" + tag)));
        meta.addClassName("routine-meta");

        if (page.coverImageUrl() != null) {
            // Decorative: the title right below says what the routine is.
            Image cover = new Image(page.coverImageUrl(), "");
            cover.addClassName("routine-cover");
            add(cover);
        }
        add(new H1(page.title()));
        if (!page.authorName().isBlank()) {
            Paragraph byline = new Paragraph("By " + page.authorName());
            byline.addClassName("byline");
            add(byline);
        }
        add(meta);
        if (!page.summary().isBlank()) {
            Paragraph summary = new Paragraph(page.summary());
            summary.addClassName("lead");
            add(summary);
        }
        if (!page.bodyHtml().isBlank()) {
            // Sanitized by the service (Markdown rendered, then cleaned against an allow-list).
            add(new Html("<div class=\"routine-body\">" + page.bodyHtml() + "</div>"));
        }
        add(new H2("Steps"), steps(page));
    }

    private static OrderedList steps(RoutinePage page) {
        OrderedList list = new OrderedList();
        list.addClassName("routine-steps");
        for (RoutinePage.Step step : page.steps()) {
            Span name = new Span(step.name());
            name.addClassName("step-name");
            String hold = step.amount() + (step.side() == Side.BOTH ? "" : " · " + step.side().label());
            Span amount = new Span(hold);
            amount.addClassName("step-hold");
            ListItem item = new ListItem(name, amount);
            if (!step.cue().isBlank()) {
                Paragraph cue = new Paragraph(step.cue());
                cue.addClassName("step-cue");
                item.add(cue);
            }
            if (step.imageUrl() != null) {
                Image image = new Image(step.imageUrl(), step.name());
                image.addClassName("step-image");
                item.add(image);
            }
            RoutinePage.Clip clip = step.clip();
            if (clip != null) {
                VideoPlayer player = new VideoPlayer(clip.playback(), clip.startSeconds(), clip.endSeconds());
                player.addClassName("step-video");
                item.add(player);
            }
            list.add(item);
        }
        return list;
    }

    private static Span chip(String text) {
        Span chip = new Span(text);
        chip.addClassName("chip");
        return chip;
    }
}
