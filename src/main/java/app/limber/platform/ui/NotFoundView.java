package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with status 404, for an address the app doesn't have; replaces Vaadin's own "could not navigate" page. */
@PageTitle("Page not found")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final CurrentUser currentUser;

    NotFoundView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("message-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPages.explain(this, currentUser, "There's no page at this address",
                "The link may be mistyped or out of date, or the page was taken down.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
