package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import app.limber.account.SignedInPerson;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every page: the site's name (as the admin set it), the navigation to the views the current
 * person may open (the views' {@code @Menu} metadata, see {@link NavigationMenu}), the page title, and the account
 * menu.
 * <p>
 * Kept deliberately light, since every tab holds one and every navigation to or from the full-screen session player
 * builds a new one: the navigation is plain links in a {@code <nav>} (the current one marked with
 * {@code aria-current="page"}) and the account menu a native {@code <details>} disclosure, instead of Vaadin's side
 * navigation and menu bar with their item trees and synchronised properties (docs/performance.md, "CPU per request").
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Closes the account menu when one of its entries is used, focus leaves it, or Escape is pressed. */
    private static final String CLOSE_ACCOUNT_MENU = """
            const menu = this;
            menu.addEventListener('click', e => { if (e.target.closest('a, button')) { menu.open = false; } });
            menu.addEventListener('focusout', e => { if (!menu.contains(e.relatedTarget)) { menu.open = false; } });
            menu.addEventListener('keydown', e => {
              if (e.key === 'Escape' && menu.open) { menu.open = false; menu.querySelector('summary').focus(); }
            });
            """;

    private final H2 pageTitle = new H2();
    private final Anchor brand = SiteLinks.toSite("/", "");
    private final List<Anchor> links = new ArrayList<>();
    private final SiteSettingsService settings;
    private @Nullable Anchor current;

    MainLayout(CurrentUser currentUser, SiteSettingsService settings, NavigationMenu menu) {
        this.settings = settings;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        pageTitle.addClassName("page-title");
        addToNavbar(toggle, pageTitle, userArea(currentUser));

        brand.addClassName("brand");
        addToDrawer(brand, siteLinks(), navigation(menu.entries()));
    }

    /** The public site's pages (server-rendered, outside this app): the home page and the programs to join. */
    private static Div siteLinks() {
        Div links = new Div(SiteLinks.toSite("/", "Home"), SiteLinks.toSite("/programs", "Join a program"));
        links.addClassName("site-links");
        return links;
    }

    private Nav navigation(List<MenuEntry> entries) {
        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.setAriaLabel("Main");
        for (MenuEntry entry : entries) {
            // A plain link: Vaadin's router handles the click in the browser, as it would a side navigation item's.
            Anchor link = new Anchor(entry.path(), entry.title());
            String icon = entry.icon();
            if (icon != null && !icon.isBlank()) {
                link.addComponentAsFirst(new Icon(icon));
            }
            links.add(link);
            nav.add(link);
        }
        return nav;
    }

    private static Component userArea(CurrentUser currentUser) {
        return currentUser.get().<Component>map(person -> accountMenu(person, currentUser)).orElseGet(() -> {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.addClassName("sign-in-link");
            return signIn;
        });
    }

    private static NativeDetails accountMenu(SignedInPerson person, CurrentUser currentUser) {
        Avatar avatar = new Avatar(person.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(person.displayName());
        name.addClassName("user-name");
        Span email = new Span(person.email());
        email.addClassName("user-email");
        NativeButton logout = new NativeButton("Log out", event -> currentUser.logout());
        Div entries = new Div(email, new Anchor("account", "My account"), logout);
        entries.addClassName("user-menu-entries");

        NativeDetails menu = new NativeDetails();
        menu.setSummary(avatar, name);
        menu.getSummary().getElement().setAttribute("aria-label", "Account menu for " + person.displayName());
        menu.setContent(entries);
        menu.addClassName("user-menu");
        menu.addAttachListener(MainLayout::closeOnUse);
        return menu;
    }

    private static void closeOnUse(AttachEvent event) {
        if (event.isInitialAttach()) {
            event.getSource().getElement().executeJs(CLOSE_ACCOUNT_MENU);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The layout outlives navigations within a tab, so a renamed site shows up at the next click.
        brand.setText(settings.siteName());
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        markCurrent(event.getLocation().getPath());
    }

    /** Marks the link of the page being shown (for screen readers and the highlight), and only that one. */
    private void markCurrent(String path) {
        Anchor shown = links.stream().filter(link -> samePath(link.getHref(), path)).findFirst().orElse(null);
        if (shown == current) {
            return;
        }
        if (current != null) {
            current.getElement().removeAttribute("aria-current");
        }
        if (shown != null) {
            shown.getElement().setAttribute("aria-current", "page");
        }
        current = shown;
    }

    private static boolean samePath(String href, String path) {
        return stripSlashes(href).equals(stripSlashes(path));
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
