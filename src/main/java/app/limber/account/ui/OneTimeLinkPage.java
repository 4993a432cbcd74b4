package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.PasswordPolicy;
import com.vaadin.flow.component.Component;
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
import java.util.function.Consumer;

/**
 * A page an emailed one-time link leads to (invitation, password reset, email confirmation): a small card that
 * reads the link's token, then either says the link no longer works or lets the person finish what it is for.
 */
abstract class OneTimeLinkPage extends Composite<Main> implements BeforeEnterObserver {

    private final Div card = new Div();

    OneTimeLinkPage() {
        card.addClassNames("login-card", "simple-card");
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        card.removeAll();
        open(token);
    }

    /** Fills the card for this token (blank when the link had none). */
    abstract void open(String token);

    /** Replaces the card's content with a heading, a sentence and a link onwards. */
    final void say(String heading, String text, String href, String linkText) {
        card.removeAll();
        card.add(new H1(heading), new Paragraph(text), new Anchor(href, linkText));
    }

    /**
     * Shows the introduction, a password field and "Set password"; a refused password is explained at the field,
     * an accepted one leads to {@code done}.
     */
    final void askForPassword(String label, Consumer<String> setPassword, Runnable done, Component... intro) {
        PasswordField password = new PasswordField(label);
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        Button save = new Button("Set password", click -> {
            try {
                setPassword.accept(password.getValue());
                done.run();
            } catch (AccountChangeRefusedException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        card.add(intro);
        card.add(password, save);
    }
}
