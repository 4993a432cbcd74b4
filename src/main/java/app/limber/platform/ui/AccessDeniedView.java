package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with status 403, to a signed-in person who opens a page their role does not allow. */
@PageTitle("No access")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("message-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPages.explain(this, currentUser, "This page isn't open to you",
                "Your account doesn't have access to it. If you think it should, ask an admin.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
