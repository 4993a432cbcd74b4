package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.AccountChangeRefusedException.Field;
import app.limber.account.AccountService;
import app.limber.account.PasswordPolicy;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;

/**
 * The password part of /account. Every attempt starts from a clean slate, so an earlier refusal never lingers: a
 * refusal is explained at the field it concerns and keeps what was typed; a change clears both fields and says so
 * twice, in a notification and in a line under the button that stays until the next attempt.
 */
class PasswordChangeForm extends Composite<Section> {

    static final String CHANGED = "Password changed. Use the new one next time you sign in.";

    private final AccountService accounts;
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final Paragraph outcome = new Paragraph();

    PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        currentPassword.setId("current-password");
        // Lets password managers fill the current password and offer to save the new one, not the other way round.
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        outcome.addClassName("form-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);

        Button change = new Button("Change password", event -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().addClassName("account-section");
        getContent().add(new H2("Password"), new FormLayout(currentPassword, newPassword), change, outcome);
    }

    private void change() {
        forgetTheLastAttempt();
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (AccountChangeRefusedException refused) {
            PasswordField field = refused.field() == Field.CURRENT_PASSWORD ? currentPassword : newPassword;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            field.focus();
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        outcome.setText(CHANGED);
        outcome.setVisible(true);
        Notification.show("Password changed", 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void forgetTheLastAttempt() {
        for (PasswordField field : List.of(currentPassword, newPassword)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        outcome.setVisible(false);
    }
}
