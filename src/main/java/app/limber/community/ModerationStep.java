package app.limber.community;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one action in the moderation queue changed (approve, unapprove, spam, trash, restore), so that it can be
 * undone exactly: each comment it moved, with the status and reason it had before and the status it was moved to.
 */
public record ModerationStep(List<Before> moved) {

    /** A moved comment as it was before the action. */
    public record Before(long commentId, CommentStatus status, @Nullable ModerationReason reason,
            @Nullable String detail, CommentStatus movedTo) {
    }

    /** How many comments the action changed. */
    public int count() {
        return moved.size();
    }
}
