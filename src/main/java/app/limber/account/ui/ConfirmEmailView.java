package app.limber.account.ui;

import app.limber.account.RegistrationService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the confirmation link leads: confirms the email once, then invites the person to sign in. */
@Route(value = "confirm-email", autoLayout = false)
@PageTitle("Confirm email · Limber")
@AnonymousAllowed
class ConfirmEmailView extends Composite<Main> implements BeforeEnterObserver {

    private final RegistrationService registration;
    private final Div card = new Div();

    ConfirmEmailView(RegistrationService registration) {
        this.registration = registration;
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        card.removeAll();
        if (!token.isBlank() && registration.confirm(token)) {
            card.add(new H1("Email confirmed"), new Paragraph("Your account is ready."), new Anchor("login", "Sign in"));
        } else {
            card.add(new H1("This link no longer works"),
                    new Paragraph("Confirmation links work once, for 24 hours. If your account is already "
                            + "confirmed, just sign in."),
                    new Anchor("login", "Sign in"));
        }
    }
}
