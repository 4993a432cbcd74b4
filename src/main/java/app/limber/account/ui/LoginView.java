package app.limber.account.ui;

import app.limber.account.CurrentUser;
import app.limber.account.DemoMode;
import app.limber.account.Landing;
import app.limber.account.RegistrationService;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page. Spring Security handles the form post; a failed attempt comes back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class LoginView extends Composite<Main> implements BeforeEnterObserver {

    static final String DEMO_PASSWORD_HINT = "limber-demo";

    private final LoginForm loginForm = new LoginForm();
    /** The texts the form shows now: the defaults, or those for the error the address names. */
    private LoginI18n shownTexts = texts();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, DemoMode demoMode, RegistrationService registration,
            SiteSettingsService settings) {
        this.currentUser = currentUser;
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(true);
        loginForm.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        loginForm.setI18n(shownTexts);

        H1 brand = new H1(settings.siteName());
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Yoga for runners: today's routine, step by step.");
        tagline.addClassName("login-tagline");
        Anchor home = new Anchor("/", "← Back to the home page");
        // The home page is the server-rendered public site, not a view: a full page load.
        home.setRouterIgnore(true);
        home.addClassName("login-home-link");

        Div card = new Div(brand, tagline, loginForm);
        card.addClassName("login-card");
        if (demoMode.isEnabled()) {
            card.add(demoAccounts());
        }
        if (registration.isOpen()) {
            Anchor register = new Anchor("register", "New here? Create an account");
            register.addClassName("login-home-link");
            card.add(register);
        }
        card.add(home);
        getContent().addClassName("login-view");
        getContent().add(card);
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("That didn't work");
        i18n.getErrorMessage().setMessage("Check your email and password and try again. "
                + "New accounts sign in after following the confirmation link we emailed.");
        return i18n;
    }

    private static Div demoAccounts() {
        UnorderedList list = new UnorderedList(
                new ListItem("admin@limber.test (admin)"),
                new ListItem("coach@limber.test (instructor)"),
                new ListItem("runner@limber.test, runner2@limber.test (runners)"));
        Div demo = new Div(new Span("Demo accounts, password "), new Span(DEMO_PASSWORD_HINT), list);
        demo.addClassName("login-demo");
        return demo;
    }

    LoginForm loginForm() {
        return loginForm;
    }

    /** The error title and message the form shows when it shows one (what {@code LoginForm} keeps to itself). */
    LoginI18n.ErrorMessage errorMessage() {
        return shownTexts.getErrorMessage();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo(Landing.START_PATH);
            return;
        }
        var error = event.getLocation().getQueryParameters().getSingleParameter("error");
        LoginI18n texts = texts();
        shownTexts = texts;
        if (error.filter("wait"::equals).isPresent()) {
            texts.getErrorMessage().setTitle("Too many attempts");
            texts.getErrorMessage().setMessage("Wait a few minutes, then try again. If you've forgotten your password, "
                    + "use \"Forgot password\" to set a new one.");
        } else if (error.filter("unavailable"::equals).isPresent()) {
            texts.getErrorMessage().setTitle("Limber can't reach its database");
            texts.getErrorMessage().setMessage("Your sign-in didn't go through because Limber can't reach its "
                    + "database right now. Nothing is wrong with your email or password: try again in a moment.");
        }
        loginForm.setI18n(texts);
        loginForm.setError(error.isPresent());
    }
}
