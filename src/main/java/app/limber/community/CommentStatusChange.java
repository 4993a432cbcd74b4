package app.limber.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a comment's status: who, when, from, to, and why. Never changed once written. */
@Entity
@Table(name = "comment_status_changes")
class CommentStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 100)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 10)
    private @Nullable CommentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 10)
    private CommentStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", updatable = false, length = 30)
    private @Nullable ModerationReason reason;

    @Column(name = "reason_detail", updatable = false, length = 100)
    private @Nullable String reasonDetail;

    protected CommentStatusChange() {
        this.changedAt = Instant.EPOCH;
        this.actorName = "";
        this.toStatus = CommentStatus.PENDING;
    }

    CommentStatusChange(long commentId, Instant changedAt, @Nullable Long actorId, String actorName,
            @Nullable CommentStatus fromStatus, CommentStatus toStatus, ModerationReason reason,
            @Nullable String reasonDetail) {
        this.commentId = commentId;
        this.changedAt = changedAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.reasonDetail = reasonDetail;
    }

    StatusChange toRecord() {
        return new StatusChange(changedAt, actorName, fromStatus, toStatus,
                reason == null ? "" : reason.historyNote(toStatus, reasonDetail));
    }

    @Nullable CommentStatus fromStatus() {
        return fromStatus;
    }
}
