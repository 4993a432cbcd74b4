package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends UiTest {

    private List<String> menuTitles() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void visitorsSeeOnlyPublicEntriesAndASignInLink() {
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(),
                new com.vaadin.flow.router.Location("no-such-page"), com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(menuTitles()).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("brand")).getFirst().getHref()).isEqualTo("/");
        assertThat(_get(Anchor.class, spec -> spec.withText("Join a program")).getHref()).isEqualTo("/programs");
        assertThat(_get(Anchor.class, spec -> spec.withText("Join a program")).isRouterIgnore()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in"))).isNotEmpty();
        assertThat(_find(MenuBar.class)).isEmpty();
    }

    @Test
    void runnersSeeTheirOwnAreaButNotTheStudioOrAdmin() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        assertThat(menuTitles()).containsExactly("Today", "Progress");
    }

    @Test
    void instructorsSeeTheStudio() {
        loginAs(Role.INSTRUCTOR);
        navigateTo("studio");
        assertThat(menuTitles()).containsExactly("Today", "Progress", "Studio", "Routines",
                "Videos", "Articles", "Programs", "Self-tests", "Comments");
    }

    @Test
    void adminsSeeEverything() {
        loginAs(Role.ADMIN);
        navigateTo("admin");
        assertThat(menuTitles()).containsExactly("Today", "Progress", "Studio", "Routines",
                "Videos", "Articles", "Programs", "Self-tests", "Admin", "Members", "Comments", "Audit log", "Settings");
    }

    @Test
    void userMenuShowsTheSignedInNameAndTheTitleFollowsTheView() {
        SignedInPerson person = accounts.create("maya@example.test", "Maya Lindqvist", java.util.Set.of(Role.INSTRUCTOR));
        loginAs(person);
        navigateTo("studio");
        MenuBar userMenu = _get(MenuBar.class);
        assertThat(userMenu.getItems().getFirst().getElement().getTextRecursively()).contains("Maya Lindqvist");
        assertThat(userMenu.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("maya@example.test", "My account", "Log out");
        assertThat(_get(H2.class, spec -> spec.withClasses("page-title")).getText()).isEqualTo("Studio");
    }
}
