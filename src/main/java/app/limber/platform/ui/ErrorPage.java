package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * What the "not found" and "not allowed" pages have in common: a heading, why, the way home (a signed-in person's
 * start page, or the home page for visitors) and the HTTP status the page is served with.
 */
abstract class ErrorPage<E extends Exception> extends Main implements HasErrorParameter<E> {

    private final CurrentUser currentUser;
    private final String heading;
    private final String why;
    private final int status;

    ErrorPage(CurrentUser currentUser, String heading, String why, int status) {
        this.currentUser = currentUser;
        this.heading = heading;
        this.why = why;
        this.status = status;
        addClassName("message-view");
    }

    @Override
    public final int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        Anchor home = currentUser.isSignedIn()
                ? new Anchor(currentUser.landingPath(), "Go to your start page")
                : SiteLinks.toSite("/", "Go to the home page");
        home.addClassName("way-home");
        removeAll();
        add(new H1(heading), new Paragraph(why), home);
        return status;
    }
}
