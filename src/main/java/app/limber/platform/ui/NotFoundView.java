package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with status 404, for an address the app doesn't have; replaces Vaadin's own "could not navigate" page. */
@PageTitle("Page not found")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage<NotFoundException> {

    NotFoundView(CurrentUser currentUser) {
        super(currentUser, "There's no page at this address",
                "The link may be mistyped or out of date, or the page was taken down.",
                HttpServletResponse.SC_NOT_FOUND);
    }
}
