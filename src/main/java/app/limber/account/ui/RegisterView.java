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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign up as a runner (when registration is open); the account works once the emailed link is followed. Reached
 * from a program's "Start this program" page as {@code /register?program=<slug>}: the page then says which program
 * the person will be enrolled in once they confirm.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account")
@AnonymousAllowed
class RegisterView extends Composite<Main> implements BeforeEnterObserver {

    static final String CHECK_INBOX = "Almost there: check your inbox for a link to confirm your email. "
            + "It works for 24 hours.";

    private final RegistrationService registration;
    private final Div card = new Div();

    RegisterView(RegistrationService registration) {
        this.registration = registration;
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.getFirst());
            }
        });
        card.removeAll();
        if (!registration.isOpen()) {
            card.add(new H1("Registration is closed"),
                    new Paragraph("New accounts are created by invitation at the moment. Ask your instructor."),
                    new Anchor("login", "Sign in"));
            return;
        }
        showForm(parameters, registration.followUpsFor(parameters));
    }

    private void showForm(Map<String, String> parameters, List<String> followUps) {
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
                registration.register(name.getValue(), email.getValue(), password.getValue(), parameters);
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
        card.add(new H1("Create an account"));
        followUps.forEach(followUp -> {
            Paragraph note = new Paragraph(followUp);
            note.addClassName("follow-up");
            card.add(note);
        });
        card.add(name, email, password, create, new Anchor("login", "Already have an account? Sign in"));
    }
}
