package app.limber.account.ui;

import app.limber.account.RegistrationService;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the confirmation link leads: confirms the email once, then invites the person to sign in. */
@Route(value = "confirm-email", autoLayout = false)
@PageTitle("Confirm email")
@AnonymousAllowed
class ConfirmEmailView extends OneTimeLinkPage {

    private final RegistrationService registration;

    ConfirmEmailView(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    void open(String token) {
        if (!token.isBlank() && registration.confirm(token)) {
            say("Email confirmed", "Your account is ready.", "login", "Sign in");
        } else {
            say("This link no longer works",
                    "Confirmation links work once, for 24 hours. If your account is already confirmed, just sign in.",
                    "login", "Sign in");
        }
    }
}
