package app.limber.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log: who did what to which subject, and when. Never changed once written. */
@Entity
@Table(name = "audit_events")
class AuditEvent {

    static final int LABEL_MAX = 200;
    static final int DETAILS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = Person.DISPLAY_NAME_MAX)
    private String actorName;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private @Nullable Long subjectId;

    @Column(name = "subject_label", nullable = false, updatable = false, length = LABEL_MAX)
    private String subjectLabel;

    @Column(nullable = false, updatable = false, length = DETAILS_MAX)
    private String details;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.action = "";
        this.subjectType = "";
        this.subjectLabel = "";
        this.details = "";
    }

    AuditEvent(Instant occurredAt, @Nullable Long actorId, String actorName, String action, String subjectType,
            @Nullable Long subjectId, String subjectLabel, String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = clip(actorName, Person.DISPLAY_NAME_MAX);
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = clip(subjectLabel, LABEL_MAX);
        this.details = clip(details, DETAILS_MAX);
    }

    /** Labels and details are copies for reading the log later; a long title is shortened rather than refused. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    Instant occurredAt() {
        return occurredAt;
    }

    @Nullable Long actorId() {
        return actorId;
    }

    String actorName() {
        return actorName;
    }

    String action() {
        return action;
    }

    String subjectType() {
        return subjectType;
    }

    @Nullable Long subjectId() {
        return subjectId;
    }

    String subjectLabel() {
        return subjectLabel;
    }

    String details() {
        return details;
    }
}
