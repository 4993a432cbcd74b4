package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with status 403, to a signed-in person who opens a page their role does not allow. */
@PageTitle("No access")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage<AccessDeniedException> {

    AccessDeniedView(CurrentUser currentUser) {
        super(currentUser, "This page isn't open to you",
                "Your account doesn't have access to it. If you think it should, ask an admin.",
                HttpServletResponse.SC_FORBIDDEN);
    }
}
