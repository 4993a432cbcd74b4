package app.limber.content.ui;

import app.limber.account.CurrentUser;
import app.limber.content.ArticleService;
import app.limber.content.RoutineService;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page: what the site is, the way in, and the latest articles and routines. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@AnonymousAllowed
class HomeView extends Main {

    HomeView(CurrentUser currentUser, ArticleService articles, RoutineService routines, SiteSettingsService settings) {
        addClassName("home-view");
        H1 title = new H1("Feet that push off. Ankles that land soft.");
        Paragraph lead = new Paragraph("Short yoga routines for runners: foot, toe and ankle mobility, sun salutations "
                + "and post-run stretches, with a program that tells you what to do today.");
        lead.addClassName("lead");
        Div actions = new Div();
        actions.addClassName("hero-actions");
        if (currentUser.isSignedIn()) {
            actions.add(new Anchor(currentUser.landingPath(), "Go to your start page"));
        } else {
            actions.add(new Anchor("login", "Sign in"));
        }
        Section hero = new Section(title, lead, actions);
        hero.addClassName("hero");

        add(hero, new LatestContent(articles, routines, currentUser.isSignedIn()), pillars(settings.siteName()));
    }

    private static Div pillars(String siteName) {
        Div pillars = new Div(
                pillar("Follow today's session", "Open " + siteName + " before or after a run and follow the routine "
                        + "step by step, with a timer, cues and the instructor's video."),
                pillar("Move the whole foot", "The big toe extends to push you off; the ankle flexes as you land. "
                        + "Routines work toes, feet, ankles, calves and hips together."),
                pillar("See yourself improve", "Repeat simple self-tests such as the seated point-and-flex or the "
                        + "knee-to-wall distance, and watch the numbers change."));
        pillars.addClassName("pillars");
        return pillars;
    }

    private static Section pillar(String heading, String text) {
        Section section = new Section(new H2(heading), new Paragraph(text));
        section.addClassName("pillar");
        return section;
    }
}
