package app.limber.account.ui;

import app.limber.account.PasswordResetService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the emailed link leads: choose a new password, once, within 30 minutes. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password")
@AnonymousAllowed
class ResetPasswordView extends OneTimeLinkPage {

    private final PasswordResetService passwordReset;

    ResetPasswordView(PasswordResetService passwordReset) {
        this.passwordReset = passwordReset;
    }

    @Override
    void open(String token) {
        if (token.isBlank() || !passwordReset.isUsable(token)) {
            say("This link no longer works", "Links to set a new password work once, for 30 minutes.",
                    "forgot-password", "Ask for a new link");
            return;
        }
        askForPassword("New password", password -> passwordReset.resetPassword(token, password),
                () -> say("Password changed",
                        "You've been signed out everywhere else. Sign in with your new password.", "login", "Sign in"),
                new H1("Choose a new password"));
    }
}
