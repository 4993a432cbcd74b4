package app.limber.community;

import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.SignedInPerson;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes a comment's status history (and, for moderation, the audit log) in the caller's transaction. */
@Component
class CommentHistory {

    private final CommentStatusChangeRepository changes;
    private final AuditLog auditLog;

    CommentHistory(CommentStatusChangeRepository changes, AuditLog auditLog) {
        this.changes = changes;
        this.auditLog = auditLog;
    }

    /** The status a comment got when it was posted, by its author (a visitor is named as they gave their name). */
    void posted(Comment comment, Instant now) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        changes.save(new CommentStatusChange(comment.id(), now, actor == null ? null : actor.personId(),
                actor == null ? comment.authorName() + " (visitor)" : actor.displayName(), null, comment.status(),
                Objects.requireNonNull(comment.statusReason()), comment.statusDetail()));
    }

    /**
     * Moves the comment to a status for a reason, as the signed-in person (a moderator, or the author editing or
     * deleting their own comment), and records it. {@code detail}: see {@link ModerationReason}.
     */
    void move(Comment comment, CommentStatus to, ModerationReason reason, @Nullable String detail, Instant now) {
        CommentStatus from = comment.status();
        comment.changeStatus(to, reason, detail, now);
        record(comment, from, reason, comment.statusDetail(), now);
    }

    /** Puts a comment back exactly as it was (status and its reason) after a moderator's Undo. */
    void undo(Comment comment, CommentStatus status, @Nullable ModerationReason reason, @Nullable String detail,
            String undoneBy, Instant now) {
        CommentStatus from = comment.status();
        comment.restore(status, reason, detail, now);
        record(comment, from, ModerationReason.UNDONE, undoneBy, now);
    }

    private void record(Comment comment, CommentStatus from, ModerationReason reason, @Nullable String detail,
            Instant now) {
        SignedInPerson actor = SignedInPerson.currentOrNull();
        changes.save(new CommentStatusChange(comment.id(), now, actor == null ? null : actor.personId(),
                actor == null ? AuditLog.SYSTEM_ACTOR : actor.displayName(), from, comment.status(), reason, detail));
        String note = reason.historyNote(comment.status(), detail);
        auditLog.record(comment.status().auditAction(), "comment", comment.id(), label(comment),
                from.label() + " → " + comment.status().label() + (note.isEmpty() ? "" : " (" + note + ")"));
    }

    void deleted(Comment comment) {
        auditLog.record(AuditAction.COMMENT_DELETED, "comment", comment.id(), label(comment),
                "deleted permanently from " + comment.status().label());
    }

    static String label(Comment comment) {
        String text = comment.body().replaceAll("\\s+", " ").strip();
        String excerpt = text.codePointCount(0, text.length()) > 60
                ? text.substring(0, text.offsetByCodePoints(0, 60)) + "…" : text;
        String label = comment.authorName() + ": " + excerpt;
        return label.length() > 200 ? label.substring(0, 199) + "…" : label;
    }

}
