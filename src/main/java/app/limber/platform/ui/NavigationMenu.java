package app.limber.platform.ui;

import app.limber.account.CurrentUser;
import app.limber.account.Role;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries for the signed-in person: the views with {@code @Menu} that their roles may open,
 * in menu order. Vaadin's {@link MenuConfiguration#getMenuEntries()} runs the access check of every route each time
 * (and each check looks the role prefix up on the class path), which was the largest single share of the CPU a new
 * layout cost (docs/performance.md, "CPU per request"). Which views a person may open follows from their roles alone
 * (every view decides by {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}), so the answer is kept
 * per set of roles: at most a handful of lists for the life of the application.
 */
@Component
class NavigationMenu {

    private final CurrentUser currentUser;
    private final Map<Audience, List<MenuEntry>> entriesByAudience = new ConcurrentHashMap<>();

    NavigationMenu(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The entries the current person sees; call on a request thread of the UI (Vaadin's checks need it). */
    List<MenuEntry> entries() {
        Audience audience = new Audience(currentUser.isSignedIn(), currentUser.roles());
        List<MenuEntry> known = entriesByAudience.get(audience);
        if (known != null) {
            return known;
        }
        List<MenuEntry> entries = List.copyOf(MenuConfiguration.getMenuEntries());
        entriesByAudience.putIfAbsent(audience, entries);
        return entries;
    }

    /** Who the menu is for: signed in or not, and with which roles. */
    private record Audience(boolean signedIn, Set<Role> roles) {
    }
}
