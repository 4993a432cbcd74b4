package app.limber.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log is narrowed to: one action, words in the actor's name, words in the subject's label, and a time
 * range (from inclusive, until exclusive). Empty text and nulls mean "any".
 */
public record AuditFilter(@Nullable String action, String actor, String subject, @Nullable Instant from,
        @Nullable Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, "", "", null, null);
    }
}
