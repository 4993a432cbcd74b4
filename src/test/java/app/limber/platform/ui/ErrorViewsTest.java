package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

/** Limber's own "not found" and "not allowed" pages, inside the app's layout, each with a way home. */
class ErrorViewsTest extends UiTest {

    /**
     * Opens an address the way a page load does. (Karibu's mocked UI refuses unknown addresses in
     * {@code UI.navigate}, taking them for client-side routes, so the router is asked directly.)
     */
    private static Component open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
        return ui.getCurrentView();
    }

    private static String wayHome() {
        return _get(Anchor.class, spec -> spec.withClasses("way-home")).getHref();
    }

    private static String browserTitle() {
        MockVaadin.clientRoundtrip(false);
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    void aVisitorOnAnUnknownAddressSeesNotFoundInsideTheLayoutWithTheWayToTheHomePage() {
        assertThat(open("no-such-page")).isInstanceOf(NotFoundView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("There's no page at this address");
        assertThat(wayHome()).as("the public site's home page").isEqualTo("/");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(browserTitle()).isEqualTo("Page not found · Limber");
    }

    @Test
    void aSignedInRunnerIsLedBackToTheirStartPage() {
        loginAs(Role.RUNNER);

        assertThat(open("articles")).isInstanceOf(NotFoundView.class);
        assertThat(wayHome()).isEqualTo("today");
    }

    @Test
    void aRunnerOpeningTheAdminConsoleSeesNotAllowedInsideTheLayout() {
        loginAs(Role.RUNNER);

        assertThat(navigateTo("admin/members")).isInstanceOf(AccessDeniedView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("This page isn't open to you");
        assertThat(wayHome()).isEqualTo("today");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(browserTitle()).isEqualTo("No access · Limber");
    }
}
