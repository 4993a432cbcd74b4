package app.limber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.AccountService;
import app.limber.account.Role;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountViewTest extends UiTest {

    @Autowired
    AccountService accountService;

    @BeforeEach
    void signedIn() {
        loginAs(accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER)));
        navigateTo("account");
    }

    @Test
    @SuppressWarnings("unchecked")
    void profileIsPrefilledAndSaved() {
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Sam Rivera");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Sam R.");
        _get(ComboBox.class, spec -> spec.withLabel("Time zone")).setValue("America/Denver");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));

        NotificationsKt.expectNotifications("Profile saved");
        assertThat(accountService.myAccount().timeZone()).isEqualTo("America/Denver");
        assertThat(accountService.myAccount().displayName()).isEqualTo("Sam R.");
    }

    @Test
    void aRefusedPasswordShowsTheReasonAtTheFieldAndKeepsTheInput() {
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        current.setValue("secret-password");
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        next.setValue("password1");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("most common");
        assertThat(next.getValue()).isEqualTo("password1");
    }

    private PasswordField currentPassword() {
        return _get(PasswordField.class, spec -> spec.withId("current-password"));
    }

    private PasswordField newPassword() {
        return _get(PasswordField.class, spec -> spec.withLabel("New password"));
    }

    private void changePassword(String current, String next) {
        currentPassword().setValue(current);
        newPassword().setValue(next);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
    }

    private static boolean confirmationShown() {
        return _find(Paragraph.class, spec -> spec.withClasses("form-outcome")).stream()
                .anyMatch(outcome -> outcome.isVisible());
    }

    private static void assertNoErrorAt(PasswordField field) {
        assertThat(field.isInvalid()).as("%s invalid", field.getLabel()).isFalse();
        assertThat(field.getErrorMessage()).as("%s error message", field.getLabel()).isNullOrEmpty();
    }

    @Test
    void aChangedPasswordIsConfirmedAndLeavesNoTraceOfAnEarlierRefusal() {
        changePassword("secret-password", "password1");
        assertThat(newPassword().getErrorMessage()).contains("most common");
        NotificationsKt.clearNotifications();

        changePassword("secret-password", "toes point then flex daily");

        NotificationsKt.expectNotifications("Password changed");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-outcome")).getText())
                .isEqualTo("Password changed. Use the new one next time you sign in.");
        assertThat(currentPassword().getValue()).isEmpty();
        assertThat(newPassword().getValue()).isEmpty();
        assertNoErrorAt(currentPassword());
        assertNoErrorAt(newPassword());
    }

    @Test
    void aWrongCurrentPasswordIsExplainedThereAndClearsTheEarlierPolicyMessage() {
        changePassword("secret-password", "password1");

        changePassword("not-my-password", "toes point then flex daily");

        assertThat(currentPassword().isInvalid()).isTrue();
        assertThat(currentPassword().getErrorMessage()).isEqualTo("That isn't your current password.");
        assertNoErrorAt(newPassword());
        assertThat(newPassword().getValue()).as("kept").isEqualTo("toes point then flex daily");
        assertThat(confirmationShown()).isFalse();
    }

    @Test
    void aPolicyRefusalAfterAChangeHidesTheEarlierConfirmation() {
        changePassword("secret-password", "toes point then flex daily");

        changePassword("toes point then flex daily", "password1");

        assertThat(newPassword().getErrorMessage()).contains("most common");
        assertNoErrorAt(currentPassword());
        assertThat(confirmationShown()).isFalse();
    }

    @Test
    void theNotificationChoiceIsSavedWhenTicked() {
        var box = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Email me when someone comments on what I published"));
        assertThat(box.getValue()).isTrue();
        box.setValue(false);
        NotificationsKt.expectNotifications("No more emails about new comments");
        assertThat(accountService.wantsCommentEmails()).isFalse();
    }

    @Test
    void deletingTheAccountNeedsThePassword() {
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("delete-password"));
        password.setValue("wrong");
        AccountView view = (AccountView) currentView();
        view.deleteAccount(context.getBean(app.limber.account.CurrentUser.class));
        assertThat(password.isInvalid()).isTrue();
        assertThat(accountService.myAccount().displayName()).isEqualTo("Sam Rivera");
    }
}
