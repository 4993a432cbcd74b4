package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.settings.SiteSettingsService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The site's name from /admin/settings in browser titles, the layout's header and the sign-in page. */
class SiteNameTest extends UiTest {

    @Autowired
    SiteSettingsService settings;

    private void renameTheSite(String name) {
        actAs(accounts.create(java.util.Set.of(Role.ADMIN)));
        settings.update(settings.current().withSiteName(name));
        logout();
    }

    /** The title the browser shows once the response of the last navigation has arrived. */
    private static String browserTitle() {
        MockVaadin.clientRoundtrip(false);
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    void untilItIsRenamedTheSiteIsCalledLimber() {
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(),
                new com.vaadin.flow.router.Location("no-such-page"), com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
        assertThat(browserTitle()).isEqualTo("Page not found · Limber");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("brand")).getText()).isEqualTo("Limber");
    }

    @Test
    void aRenamedSiteNamesEveryPageTitleAndTheLayout() {
        renameTheSite("Maya's Running Yoga");
        loginAs(Role.RUNNER);

        navigateTo("today");

        assertThat(browserTitle()).isEqualTo("Today · Maya's Running Yoga");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("brand")).getText()).isEqualTo("Maya's Running Yoga");
        assertThat(_get(H2.class, spec -> spec.withClasses("page-title")).getText())
                .as("the header names the page only").isEqualTo("Today");

        navigateTo("progress");
        assertThat(browserTitle()).isEqualTo("Progress · Maya's Running Yoga");
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(),
                new com.vaadin.flow.router.Location("no-such-page"), com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
        assertThat(browserTitle()).as("a view that works out its title").isEqualTo("Page not found · Maya's Running Yoga");
    }

    @Test
    void anAdminWhoRenamesTheSiteSeesTheNewNameAtOnce() {
        loginAs(Role.ADMIN);
        navigateTo("admin/settings");

        _get(TextField.class, spec -> spec.withLabel("Site name")).setValue("Maya's Running Yoga");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(browserTitle()).isEqualTo("Settings · Maya's Running Yoga");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("brand")).getText()).isEqualTo("Maya's Running Yoga");
    }

    @Test
    void theSignInPageCarriesTheSiteName() {
        renameTheSite("Maya's Running Yoga");

        navigateTo("login");

        assertThat(browserTitle()).isEqualTo("Sign in · Maya's Running Yoga");
        assertThat(_get(H1.class).getText()).isEqualTo("Maya's Running Yoga");
        navigateTo("forgot-password");
        assertThat(browserTitle()).isEqualTo("Forgot password · Maya's Running Yoga");
    }
}
