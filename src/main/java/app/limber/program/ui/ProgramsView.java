package app.limber.program.ui;

import app.limber.account.CurrentUser;
import app.limber.content.Visibility;
import app.limber.program.ProgramCard;
import app.limber.program.ProgramService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Every live program the reader may see, as cards linking to their pages; "/today" points here to start. */
@Route("programs")
@PageTitle("Programs")
@Menu(order = 0.5, icon = "vaadin:road", title = "Join a program")
@AnonymousAllowed
class ProgramsView extends Main {

    ProgramsView(ProgramService programs, CurrentUser currentUser) {
        addClassName("programs-view");
        add(new H1("Programs"));
        add(new Paragraph("Multi-week plans that mix mobility, strength and flexibility for runners. Pick one, "
                + "choose your start date, and each day's session is ready for you."));
        List<ProgramCard> cards = programs.liveCards(currentUser.isSignedIn());
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph("No programs are open yet. Check back soon.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassNames("card-grid", "program-cards");
        cards.forEach(card -> grid.add(card(card)));
        add(grid);
    }

    private static Anchor card(ProgramCard card) {
        Anchor anchor = new Anchor("programs/" + card.slug());
        anchor.addClassNames("content-card", "program-card");
        if (card.coverUrl() != null) {
            Image thumbnail = new Image(card.coverUrl(), "");
            thumbnail.addClassName("card-thumbnail");
            anchor.add(thumbnail);
        }
        anchor.add(new H3(card.title()));
        String teaser = card.teaser();
        if (!teaser.isBlank()) {
            anchor.add(new Paragraph(teaser));
        }
        Span meta = new Span(card.lengthDays() + " days"
                + (card.visibility() == Visibility.MEMBERS ? " · for members" : ""));
        meta.addClassName("card-meta");
        anchor.add(meta);
        return anchor;
    }
}
