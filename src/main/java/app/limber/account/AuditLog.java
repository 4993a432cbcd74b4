package app.limber.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    AuditLog(AuditEventRepository events, Clock clock, JdbcTemplate jdbc) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
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

    /**
     * Records that the signed-in person did {@code action} to each of these subjects (id to label), with one batch of
     * inserts instead of one statement per entry, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String subjectType, Map<Long, String> subjects) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("""
                insert into audit_events (occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                    subject_label, details)
                values (?, ?, ?, ?, ?, ?, ?, '')""", subjects.entrySet().stream().map(subject -> new Object[] {now,
                actor == null ? null : actor.personId(), actor == null ? SYSTEM_ACTOR : actor.displayName(), action,
                subjectType, subject.getKey(), AuditEvent.clip(subject.getValue(), AuditEvent.LABEL_MAX)}).toList());
    }
}
