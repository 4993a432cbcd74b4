package app.limber.community;

import org.jspecify.annotations.Nullable;

/**
 * Why a comment has its status: the rule of {@link ModerationRules} that decided when it was posted or edited, or the
 * person who moved it. Stored with the comment (the reason for its current status) and with each line of its history;
 * the words moderators read are here and only here. {@code detail} is what the label needs: the word that matched,
 * the number of links, or the moderator's name.
 */
public enum ModerationReason {
    DISALLOWED_WORD("Spam: contains “%s”, a disallowed word"),
    MODERATOR_WROTE_IT("Approved automatically: written by the item's author or an admin"),
    EVERY_COMMENT_HELD("Held: the settings hold every comment for moderation"),
    LINKS("Held: %s links"),
    HOLD_WORD("Held: contains “%s”, from the hold list"),
    FIRST_COMMENT("Held: first comment from this person"),
    TRUSTED_AUTHOR("Approved automatically: this person has an approved comment and no rule held this one"),
    /** Moved by a moderator in the queue; the label depends on where to. */
    MODERATOR("Moved by %s"),
    APPROVED_BY_REPLY("Approved when %s replied to it"),
    RESTORED("Restored by %s"),
    UNDONE("Put back by %s (undo)"),
    DELETED_BY_AUTHOR("Deleted by its author");

    /** The longest detail kept (a long phrase from the word lists is shortened). */
    static final int DETAIL_MAX = 100;

    private final String template;

    ModerationReason(String template) {
        this.template = template;
    }

    /** The sentence a moderator reads, e.g. "Held: contains “casino”, from the hold list". */
    public String label(CommentStatus status, @Nullable String detail) {
        String value = detail == null || detail.isBlank() ? "someone" : detail;
        if (this == MODERATOR) {
            return switch (status) {
                case APPROVED -> "Approved";
                case PENDING -> "Moved back to pending";
                case SPAM -> "Marked as spam";
                case TRASH -> "Moved to the trash";
            } + " by " + value;
        }
        return template.contains("%s") ? template.formatted(value) : template;
    }

    /**
     * What a history line adds to "who: from → to": the rule, or how a moderator acted; nothing for a plain move,
     * whose line already names the moderator.
     */
    public String historyNote(CommentStatus status, @Nullable String detail) {
        return switch (this) {
            case MODERATOR -> "";
            case APPROVED_BY_REPLY -> "approved by replying to it";
            case RESTORED -> "restored";
            case UNDONE -> "undo";
            default -> label(status, detail);
        };
    }

    /** A detail short enough to store. */
    static String detail(String value) {
        String stripped = value.strip();
        return CommentText.length(stripped) <= DETAIL_MAX ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, DETAIL_MAX - 1)) + "…";
    }
}
