package app.limber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;

class PasswordResetViewsTest extends UiTest {

    @Test
    void forgotPasswordGivesTheSameAnswerForAnyEmail() {
        navigateTo("forgot-password");
        _get(EmailField.class).setValue("nobody@example.test");
        _click(_get(Button.class, spec -> spec.withText("Send link")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-answer")).getText())
                .isEqualTo(ForgotPasswordView.SENT);
    }

    @Test
    void anEmptyEmailIsMarkedAtTheField() {
        navigateTo("forgot-password");
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
    }

    @Test
    void anUnknownOrMissingTokenSaysTheLinkNoLongerWorks() {
        navigateTo("reset-password?token=made-up");
        assertThat(_get(H1.class).getText()).isEqualTo("This link no longer works");
        navigateTo("reset-password");
        assertThat(_get(H1.class).getText()).isEqualTo("This link no longer works");
    }
}
