package app.limber.community.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comments a visitor posted in this browser session. Visitors have no account, so this is how they see their own
 * comment awaiting moderation and may edit it; it ends with the session.
 */
final class OwnComments {

    private OwnComments() {
    }

    @SuppressWarnings("unchecked")
    static Set<Long> inThisSession() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Set.of();
        }
        Set<Long> ids = (Set<Long>) session.getAttribute(OwnComments.class.getName());
        if (ids == null) {
            ids = ConcurrentHashMap.newKeySet();
            session.setAttribute(OwnComments.class.getName(), ids);
        }
        return ids;
    }
}
