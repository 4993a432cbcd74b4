package app.limber.account.ui;

import app.limber.account.PasswordResetService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Ask for a link to set a new password. The answer never tells whether the email has an account. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password")
@AnonymousAllowed
class ForgotPasswordView extends Composite<Main> {

    static final String SENT = "If an account uses that email, a link to set a new password is on its way. "
            + "It works for 30 minutes. Check your spam folder if nothing arrives.";

    ForgotPasswordView(PasswordResetService passwordReset) {
        EmailField email = new EmailField("Email");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setErrorMessage("Enter an email address like name@example.com");
        Paragraph answer = new Paragraph();
        answer.addClassName("form-answer");
        answer.setVisible(false);
        Button send = new Button("Send link", event -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            passwordReset.requestReset(email.getValue());
            answer.setText(SENT);
            answer.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();

        Div card = new Div(new H1("Forgot your password?"),
                new Paragraph("Enter the email you sign in with, and we'll send you a link to choose a new password."),
                email, send, answer, new Anchor("login", "Back to sign in"));
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }
}
