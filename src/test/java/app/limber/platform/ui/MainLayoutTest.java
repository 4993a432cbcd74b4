package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends UiTest {

    private List<Anchor> menuLinks() {
        return _get(Nav.class, spec -> spec.withClasses("main-nav")).getChildren()
                .map(Anchor.class::cast).toList();
    }

    private List<String> menuTitles() {
        return menuLinks().stream().map(link -> link.getElement().getTextRecursively()).toList();
    }

    /** The titles of the links marked as the page being shown. */
    private List<String> markedCurrent() {
        return menuLinks().stream().filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(link -> link.getElement().getTextRecursively()).toList();
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
        assertThat(_find(NativeDetails.class)).isEmpty();
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
    void eachPersonGetsTheMenuOfTheirOwnRolesWhoeverSignedInBefore() {
        loginAs(Role.ADMIN);
        navigateTo("admin");
        assertThat(menuTitles()).contains("Members", "Settings");

        logout();
        loginAs(Role.RUNNER);
        navigateTo("today");
        assertThat(menuTitles()).containsExactly("Today", "Progress");

        logout();
        loginAs(Role.INSTRUCTOR);
        navigateTo("studio");
        assertThat(menuTitles()).contains("Studio").doesNotContain("Members", "Settings");
    }

    @Test
    void theLinkOfThePageShownIsMarkedAsCurrentAndOnlyThatOne() {
        loginAs(Role.ADMIN);
        navigateTo("today");
        assertThat(markedCurrent()).containsExactly("Today");

        navigateTo("progress");
        assertThat(markedCurrent()).containsExactly("Progress");

        // A page under another entry's address marks only its own entry, not the one above it.
        navigateTo("admin/members");
        assertThat(markedCurrent()).containsExactly("Members");

        // A page without an entry of its own marks none.
        navigateTo("account");
        assertThat(markedCurrent()).isEmpty();
    }

    @Test
    void menuEntriesArePlainLinksWithAnIconThatTheKeyboardReaches() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        Nav nav = _get(Nav.class, spec -> spec.withClasses("main-nav"));
        assertThat(nav.getAriaLabel()).contains("Main");
        assertThat(menuLinks()).extracting(Anchor::getHref).containsExactly("/today", "/progress");
        // Left to Vaadin's router, so that a click navigates within the tab like any in-app link.
        assertThat(menuLinks()).noneMatch(Anchor::isRouterIgnore);
        assertThat(menuLinks()).allSatisfy(link -> assertThat(link.getElement().getChild(0).getTag())
                .isEqualTo("vaadin-icon"));
    }

    @Test
    void userMenuShowsTheSignedInNameAndTheTitleFollowsTheView() {
        SignedInPerson person = accounts.create("maya@example.test", "Maya Lindqvist", java.util.Set.of(Role.INSTRUCTOR));
        loginAs(person);
        navigateTo("studio");
        NativeDetails userMenu = _get(NativeDetails.class, spec -> spec.withClasses("user-menu"));
        assertThat(userMenu.getSummary().getElement().getTextRecursively()).contains("Maya Lindqvist");
        assertThat(userMenu.getSummary().getElement().getAttribute("aria-label"))
                .isEqualTo("Account menu for Maya Lindqvist");
        assertThat(userMenu.getContent().getChildren().map(entry -> entry.getElement().getTextRecursively()))
                .containsExactly("maya@example.test", "My account", "Log out");
        assertThat(_get(userMenu, Anchor.class, spec -> spec.withText("My account")).getHref()).isEqualTo("account");
        assertThat(_get(H2.class, spec -> spec.withClasses("page-title")).getText()).isEqualTo("Studio");
    }

    @Test
    void myAccountInTheUserMenuOpensTheAccountPage() {
        loginAs(Role.RUNNER);
        navigateTo("today");
        Anchor myAccount = _get(Anchor.class, spec -> spec.withText("My account"));
        Component shown = navigateTo(myAccount.getHref());
        assertThat(currentPath()).isEqualTo("account");
        assertThat(shown).isNotNull();
        assertThat(_get(NativeButton.class, spec -> spec.withText("Log out"))).isNotNull();
    }
}
