package app.limber.account;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Every feature records its noteworthy changes here (role changes, disabling, invitations,
 * moderation, publishing, deletions) from inside the transaction that makes the change, so an entry exists exactly
 * when the change does. Actions are named {@code area.verb}, e.g. {@code member.disabled}, {@code comment.approved}.
 */
@Service
public class AuditLog {

    /** The actor name written when no one is signed in (a visitor, a scheduled job). */
    public static final String SYSTEM_ACTOR = "Limber";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records that the signed-in person (or the system) did {@code action} to a subject, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, @Nullable Long subjectId, String subjectLabel,
            String details) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        events.save(new AuditEvent(clock.instant(), actor == null ? null : actor.personId(),
                actor == null ? SYSTEM_ACTOR : actor.displayName(), action, subjectType, subjectId, subjectLabel,
                details));
    }

    /** Same as {@link #record(String, String, Long, String, String)} with no details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, @Nullable Long subjectId, String subjectLabel) {
        record(action, subjectType, subjectId, subjectLabel, "");
    }
}
