package app.limber.platform.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.platform.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception that escapes a click or a navigation into a short message for the person, never a stack trace.
 * Unexpected errors are logged with a reference the person can quote when asking for help.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    static String messageFor(Throwable throwable) {
        Throwable cause = rootOf(throwable);
        if (cause instanceof ChangedBySomeoneElseException changed) {
            return changed.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "You don't have permission to do that.";
        }
        if (DatabaseOutage.isCause(throwable)) {
            // Expected during an outage and already visible in the health check: one line, no stack trace.
            log.warn("Database out of reach: {}", cause.toString());
            return DatabaseOutage.MESSAGE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, throwable);
        return "Something went wrong on our side. Nothing you entered is lost; please try again. "
                + "If it keeps happening, quote reference " + reference + ".";
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ChangedBySomeoneElseException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
