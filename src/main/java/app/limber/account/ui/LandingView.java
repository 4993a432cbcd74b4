package app.limber.account.ui;

import app.limber.account.CurrentUser;
import app.limber.account.Landing;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Right after signing in: sends each person to the area of their role (admin, studio or today). */
@Route(value = Landing.START_PATH, autoLayout = false)
@PermitAll
class LandingView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    LandingView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.landingPath());
    }
}
