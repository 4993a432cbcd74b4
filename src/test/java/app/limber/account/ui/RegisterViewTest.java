package app.limber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** An admin opens registration in the settings; a visitor then finds the sign-up form. */
class RegisterViewTest extends UiTest {

    @Test
    void registrationIsClosedUntilAnAdminOpensIt() {
        navigateTo("register");
        assertThat(_get(H1.class).getText()).isEqualTo("Registration is closed");

        loginAs(Role.ADMIN);
        navigateTo("admin/settings");
        _get(Checkbox.class, spec -> spec.withLabel("Anyone may create a runner account at /register")).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        NotificationsKt.expectNotifications("Settings saved");
        logout();
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();

        navigateTo("register");
        assertThat(_get(H1.class).getText()).isEqualTo("Create an account");
        _get(TextField.class, spec -> spec.withLabel("Your name")).setValue("Sam Rivera");
        _get(EmailField.class).setValue("sam@example.test");
        PasswordField password = _get(PasswordField.class);
        password.setValue("password1");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("most common");
        assertThat(_find(H1.class, spec -> spec.withText("Check your inbox"))).isEmpty();
    }
}
