package app.limber.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees the UIs of tabs that were closed without saying so. Phones usually close a tab without the browser's
 * "unload" beacon, and Vaadin only removes such a UI when another request arrives in the same session (often never,
 * so the whole UI stayed in memory until the 30-minute session timeout). A UI whose heartbeats stopped for Vaadin's
 * heartbeat timeout (three intervals, see {@code vaadin.heartbeatInterval}) is closed and removed here, once a
 * minute, so a closed tab costs memory for at most about four minutes.
 */
@Component
class ClosedTabSweeper implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ClosedTabSweeper.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** How many sessions are being watched (for tests and diagnostics). */
    int watchedSessions() {
        return sessions.size();
    }

    @Scheduled(initialDelayString = "PT60S", fixedDelayString = "${limber.ui.closed-tab-sweep:PT60S}")
    void sweepAll() {
        for (VaadinSession session : List.copyOf(sessions)) {
            try {
                session.access(() -> sweep(session));
            } catch (RuntimeException e) {
                log.debug("Could not check a session for closed tabs", e);
            }
        }
    }

    /** Closes and removes the session's UIs whose heartbeat stopped; call with the session locked. */
    static int sweep(VaadinSession session) {
        VaadinService service = session.getService();
        int removed = 0;
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!service.isUIActive(ui)) {
                // As Vaadin removes closed UIs itself: with the UI current, so that detach listeners find it.
                ui.accessSynchronously(() -> {
                    if (!ui.isClosing()) {
                        ui.close();
                    }
                    session.removeUI(ui);
                });
                removed++;
            }
        }
        return removed;
    }
}
