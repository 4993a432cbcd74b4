package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What the "not found" and "not allowed" pages have in common: a heading, why, and the way home. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** Fills the page; the way home leads to a signed-in person's start page, and visitors to the home page. */
    static void explain(Main page, CurrentUser currentUser, String heading, String why) {
        Anchor home = currentUser.isSignedIn()
                ? new Anchor(currentUser.landingPath(), "Go to your start page")
                : new Anchor("", "Go to the home page");
        home.addClassName("way-home");
        page.removeAll();
        page.add(new H1(heading), new Paragraph(why), home);
    }
}
