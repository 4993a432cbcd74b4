package app.limber.platform.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links from the application (Vaadin views) to the server-rendered public site: the home page, programs, and the
 * studio's previews. Vaadin's router must leave them alone so that the browser loads the page from the server.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** A link to a public page, {@code path} starting with "/". */
    public static Anchor toSite(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.setRouterIgnore(true);
        return link;
    }
}
