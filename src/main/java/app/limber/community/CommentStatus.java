package app.limber.community;

import app.limber.account.AuditAction;

/** Where a comment is in moderation. Only approved comments are shown to readers. */
public enum CommentStatus {
    PENDING("Pending"),
    APPROVED("Approved"),
    SPAM("Spam"),
    TRASH("Trash");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The audit log action for a change to this status. */
    AuditAction auditAction() {
        return switch (this) {
            case PENDING -> AuditAction.COMMENT_UNAPPROVED;
            case APPROVED -> AuditAction.COMMENT_APPROVED;
            case SPAM -> AuditAction.COMMENT_SPAMMED;
            case TRASH -> AuditAction.COMMENT_TRASHED;
        };
    }
}
