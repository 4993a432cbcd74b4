package app.limber.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every Vaadin view of Limber is rendered in: the Lumo theme, our style sheets and the viewport. It lives
 * with the views, in one of the packages Vaadin scans at start-up (LimberApplication's {@code @EnableVaadin}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/limber.css")
@StyleSheet("styles/coaching.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "Yoga for runners: mobility routines, programs and progress.")
public class LimberAppShell implements AppShellConfigurator {
}
