package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.InvitationService;
import app.limber.account.PasswordPolicy;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** Where an invitation email leads: choose a password, once, within 7 days, then sign in. */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Welcome to Limber")
@AnonymousAllowed
class InvitationView extends Composite<Main> implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final Div card = new Div();

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        card.removeAll();
        Optional<String> invitee = token.isBlank() ? Optional.empty() : invitations.invitee(token);
        if (invitee.isEmpty()) {
            card.add(new H1("This invitation no longer works"),
                    new Paragraph("Invitation links work once, for 7 days. Ask whoever invited you for a new one, "
                            + "or set a password if you already have an account."),
                    new Anchor("forgot-password", "Set a password"));
            return;
        }
        PasswordField password = new PasswordField("Choose a password");
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        Button save = new Button("Set password", click -> {
            try {
                invitations.accept(token, password.getValue());
                card.removeAll();
                card.add(new H1("You're all set"), new Paragraph("Sign in with your email and the new password."),
                        new Anchor("login", "Sign in"));
            } catch (AccountChangeRefusedException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        card.add(new H1("Welcome, " + invitee.get()), new Paragraph("Choose a password to finish your account."),
                password, save);
    }
}
