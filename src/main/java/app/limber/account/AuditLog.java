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
 * when the change does. What can be recorded is listed, with readable labels, in {@link AuditAction}. Sign-in attempts
 * are recorded here too, so that the log is one timeline.
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
    public void record(AuditAction action, String subjectType, @Nullable Long subjectId, String subjectLabel,
            String details) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        events.save(new AuditEvent(clock.instant(), actor == null ? null : actor.personId(),
                actor == null ? SYSTEM_ACTOR : actor.displayName(), action.code(), subjectType, subjectId,
                subjectLabel, details));
    }

    /**
     * Records a sign-in attempt for the email as typed (normalised), from the client's address. The account is
     * referred to only when one has that email: a failure for an unknown email names no person. The actor is the
     * person when the attempt succeeded, otherwise the email tried (whoever typed it is not known).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordSignIn(AuditAction action, String email, @Nullable Person person, String address) {
        if (!action.isSignIn()) {
            throw new IllegalArgumentException(action + " is not a sign-in event");
        }
        boolean succeeded = action == AuditAction.SIGNED_IN && person != null;
        events.save(new AuditEvent(clock.instant(), succeeded ? person.getId() : null,
                succeeded ? person.getDisplayName() : email, action.code(), "person",
                person == null ? null : person.getId(), email, "from " + address));
    }

    /** Removes the sign-in events about a person (by account or by the email), when their account is deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    void forgetSignIns(long personId, String email) {
        events.deleteSignInsOf(personId, email);
    }

    /** Same as {@link #record(AuditAction, String, Long, String, String)} with no details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String subjectType, @Nullable Long subjectId, String subjectLabel) {
        record(action, subjectType, subjectId, subjectLabel, "");
    }

    /**
     * Records that the signed-in person did {@code action} to each of these subjects (id to label), with one batch of
     * inserts instead of one statement per entry, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, String subjectType, Map<Long, String> subjects) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("""
                insert into audit_events (occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                    subject_label, details)
                values (?, ?, ?, ?, ?, ?, ?, '')""", subjects.entrySet().stream().map(subject -> new Object[] {now,
                actor == null ? null : actor.personId(), actor == null ? SYSTEM_ACTOR : actor.displayName(),
                action.code(), subjectType, subject.getKey(),
                AuditEvent.clip(subject.getValue(), AuditEvent.LABEL_MAX)}).toList());
    }
}
