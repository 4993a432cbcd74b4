package app.limber.account.ui;

import app.limber.account.InvitationService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** Where an invitation email leads: choose a password, once, within 7 days, then sign in. */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Welcome")
@AnonymousAllowed
class InvitationView extends OneTimeLinkPage {

    private final InvitationService invitations;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    void open(String token) {
        Optional<String> invitee = token.isBlank() ? Optional.empty() : invitations.invitee(token);
        if (invitee.isEmpty()) {
            say("This invitation no longer works",
                    "Invitation links work once, for 7 days. Ask whoever invited you for a new one, "
                            + "or set a password if you already have an account.",
                    "forgot-password", "Set a password");
            return;
        }
        askForPassword("Choose a password", password -> invitations.accept(token, password),
                () -> say("You're all set", "Sign in with your email and the new password.", "login", "Sign in"),
                new H1("Welcome, " + invitee.get()), new Paragraph("Choose a password to finish your account."));
    }
}
