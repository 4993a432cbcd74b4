package app.limber.content.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short notice the studio and the runner's pages show at the bottom after an action: saved, refused, done. */
public final class Notices {

    private Notices() {
    }

    public static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
