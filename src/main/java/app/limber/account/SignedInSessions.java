package app.limber.account;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's signed-in sessions everywhere. The session registry marks them expired; the next request from any
 * of their browser tabs (including the background requests of an open Vaadin page) is then logged out and sent to
 * the login page by Spring Security's concurrent-session filter.
 */
@Component
class SignedInSessions {

    private final SessionRegistry sessions;

    SignedInSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endAllOf(long personId) {
        // The registry keys sessions by principal, and SignedInPerson equality is by person id.
        sessions.getAllSessions(new SignedInPerson(personId, "", "", java.util.Set.of(), false, null), false)
                .forEach(session -> session.expireNow());
    }
}
