package app.limber.community;

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

    /** The audit log action for a change to this status, e.g. {@code comment.approved}. */
    String auditAction() {
        return switch (this) {
            case PENDING -> "comment.unapproved";
            case APPROVED -> "comment.approved";
            case SPAM -> "comment.spammed";
            case TRASH -> "comment.trashed";
        };
    }
}
