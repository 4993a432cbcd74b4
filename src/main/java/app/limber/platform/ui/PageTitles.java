package app.limber.platform.ui;

import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every browser tab title ends with the site's name as the admin set it: "Today · Maya's Running Yoga". Views declare
 * only their own part ({@code @PageTitle("Today")} or {@code HasDynamicTitle}), which is also what the layout's
 * header shows. Vaadin sets a view's title at the very end of a navigation, so the name is added just before the
 * response leaves.
 */
@Component
class PageTitles implements VaadinServiceInitListener {

    static final String SEPARATOR = " · ";
    private static final String NAME_PENDING = PageTitles.class.getName() + ".pending";

    private final SiteSettingsService settings;

    PageTitles(SiteSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> addSiteNameBeforeTheResponse(ui));
        });
    }

    private void addSiteNameBeforeTheResponse(UI ui) {
        // Several navigations in one round trip (a forward, a redirect) still add the name once, to the last title.
        if (ComponentUtil.getData(ui, NAME_PENDING) != null) {
            return;
        }
        ComponentUtil.setData(ui, NAME_PENDING, Boolean.TRUE);
        ui.beforeClientResponse(ui, context -> {
            ComponentUtil.setData(ui, NAME_PENDING, null);
            String viewTitle = Objects.requireNonNullElse(ui.getInternals().getTitle(), "");
            ui.getInternals().cancelPendingTitleUpdate();
            ui.getPage().setTitle(withSiteName(viewTitle, settings.siteName()));
        });
    }

    /** "Today · Maya's Running Yoga", or the site's name alone for a view without a title. */
    static String withSiteName(String viewTitle, String siteName) {
        return viewTitle.isBlank() ? siteName : viewTitle + SEPARATOR + siteName;
    }
}
