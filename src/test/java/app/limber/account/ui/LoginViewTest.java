package app.limber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends UiTest {

    @Test
    void formPostsToSpringSecurityWithoutAnErrorAtFirst() {
        navigateTo("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void badCredentialsComeBackWithAnErrorMessage() {
        navigateTo("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
    }

    @Test
    void demoAccountsAreNotAdvertisedWhenDemoModeIsOff() {
        navigateTo("login");
        assertThat(_find(Div.class, spec -> spec.withClasses("login-demo"))).isEmpty();
    }

    @Test
    void signedInPeopleOpeningTheLoginPageGoToTheirStartPage() {
        loginAs(Role.INSTRUCTOR);
        navigateTo("login");
        assertThat(currentPath()).isEqualTo("studio");
    }

    @Test
    void aSignInTheDatabaseCouldNotCheckSaysSoAndNotThatThePasswordWasWrong() {
        navigateTo("login?error=unavailable");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage().getTitle()).isEqualTo("Limber can't reach its database");
        assertThat(_get(LoginView.class).errorMessage().getMessage())
                .contains("Nothing is wrong with your email or password");
    }
}
