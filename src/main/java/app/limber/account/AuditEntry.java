package app.limber.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as the admin console shows it. */
public record AuditEntry(long id, Instant occurredAt, String actorName, String action, String subjectType,
        @Nullable Long subjectId, String subjectLabel, String details) {

    /** What happened, as an admin reads it, e.g. "Roles changed" for {@code member.roles_changed}. */
    public String actionLabel() {
        return AuditAction.labelOf(action);
    }
}
