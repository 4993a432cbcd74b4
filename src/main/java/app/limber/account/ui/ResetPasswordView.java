package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.PasswordPolicy;
import app.limber.account.PasswordResetService;
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

/** Where the emailed link leads: choose a new password, once, within 30 minutes. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Limber")
@AnonymousAllowed
class ResetPasswordView extends Composite<Main> implements BeforeEnterObserver {

    private final PasswordResetService passwordReset;
    private final Div card = new Div();

    ResetPasswordView(PasswordResetService passwordReset) {
        this.passwordReset = passwordReset;
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        card.removeAll();
        if (token.isBlank() || !passwordReset.isUsable(token)) {
            card.add(new H1("This link no longer works"),
                    new Paragraph("Links to set a new password work once, for 30 minutes."),
                    new Anchor("forgot-password", "Ask for a new link"));
            return;
        }
        PasswordField password = new PasswordField("New password");
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        Button save = new Button("Set password", click -> {
            try {
                passwordReset.resetPassword(token, password.getValue());
                card.removeAll();
                card.add(new H1("Password changed"),
                        new Paragraph("You've been signed out everywhere else. Sign in with your new password."),
                        new Anchor("login", "Sign in"));
            } catch (AccountChangeRefusedException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        card.add(new H1("Choose a new password"), password, save);
    }
}
