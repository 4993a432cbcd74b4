package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import app.limber.account.SignedInPerson;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The frame around every page: the site's name (as the admin set it), a side navigation built from the views' {@code @Menu} metadata (already
 * filtered to what the current person may open), the page title, and the user menu.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 pageTitle = new H2();
    private final Anchor brand = SiteLinks.toSite("/", "");
    private final SiteSettingsService settings;

    MainLayout(CurrentUser currentUser, SiteSettingsService settings) {
        this.settings = settings;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        pageTitle.addClassName("page-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, pageTitle, spacer, userArea(currentUser));

        brand.addClassName("brand");
        addToDrawer(brand, siteLinks(), navigation());
    }

    /** The public site's pages (server-rendered, outside this app): the home page and the programs to join. */
    private static Div siteLinks() {
        Div links = new Div(SiteLinks.toSite("/", "Home"), SiteLinks.toSite("/programs", "Join a program"));
        links.addClassName("site-links");
        return links;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String icon = entry.icon();
        return icon == null || icon.isBlank()
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(icon));
    }

    private static Component userArea(CurrentUser currentUser) {
        return currentUser.get().<Component>map(person -> userMenu(person, currentUser)).orElseGet(() -> {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.addClassName("sign-in-link");
            return signIn;
        });
    }

    private static MenuBar userMenu(SignedInPerson person, CurrentUser currentUser) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(person.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(person.displayName());
        name.addClassName("user-name");
        MenuItem root = menu.addItem(new Div(avatar, name));
        root.setAriaLabel("Account menu for " + person.displayName());
        root.getSubMenu().addItem(person.email()).setEnabled(false);
        root.getSubMenu().addItem("My account", event -> menu.getUI().ifPresent(ui -> ui.navigate("account")));
        root.getSubMenu().addItem("Log out", event -> currentUser.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The layout outlives navigations within a tab, so a renamed site shows up at the next click.
        brand.setText(settings.siteName());
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
