package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.PasswordPolicy;
import app.limber.account.RegistrationService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign up as a runner (when registration is open); the account works once the emailed link is followed. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account")
@AnonymousAllowed
class RegisterView extends Composite<Main> {

    static final String CHECK_INBOX = "Almost there: check your inbox for a link to confirm your email. "
            + "It works for 24 hours.";

    private final Div card = new Div();

    RegisterView(RegistrationService registration) {
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
        if (!registration.isOpen()) {
            card.add(new H1("Registration is closed"),
                    new Paragraph("New accounts are created by invitation at the moment. Ask your instructor."),
                    new Anchor("login", "Sign in"));
            return;
        }
        TextField name = new TextField("Your name");
        EmailField email = new EmailField("Email");
        PasswordField password = new PasswordField("Password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        email.setWidthFull();
        password.setWidthFull();
        Button create = new Button("Create account", click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            password.setInvalid(false);
            try {
                registration.register(name.getValue(), email.getValue(), password.getValue());
                card.removeAll();
                card.add(new H1("Check your inbox"), new Paragraph(CHECK_INBOX), new Anchor("login", "Sign in"));
            } catch (AccountChangeRefusedException refused) {
                HasValidation field = switch (refused.field()) {
                    case DISPLAY_NAME -> name;
                    case NEW_PASSWORD -> password;
                    default -> email;
                };
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidthFull();
        card.add(new H1("Create an account"), name, email, password, create,
                new Anchor("login", "Already have an account? Sign in"));
    }
}
