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
        java.util.Optional<java.util.List<String>> followUps = token.isBlank() ? java.util.Optional.empty()
                : registration.confirmAndFollowUp(token);
        if (followUps.isPresent()) {
            say("Email confirmed", String.join(" ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("Your account is ready."), followUps.get().stream()).toList()),
                    "login", "Sign in");
        } else {
            say("This link no longer works",
                    "Confirmation links work once, for 24 hours. If your account is already confirmed, just sign in.",
                    "login", "Sign in");
        }
    }
}
