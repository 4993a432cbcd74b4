package app.limber.community;

import app.limber.content.CommentableItem;
import java.util.List;

/**
 * The discussion under an item for one reader: its comments (top level, each with its replies), whether this reader
 * may comment, whether they must give a name and email (visitors), and whether they may reply as the instructor.
 */
public record Discussion(CommentableItem item, List<ThreadComment> comments, boolean open, boolean asGuest,
        boolean mayAnswerAsInstructor, String closedReason) {

    /** Approved and visible comments, replies included. */
    public long size() {
        return comments.stream().mapToLong(comment -> 1 + comment.replies().size()).sum();
    }
}
