package app.limber.community;

import app.limber.content.CommentableItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The discussion under an item for one reader: its comments (top level, each with its replies; see
 * {@link CommentThreading}), whether this reader may comment, whether they must give a name and email (visitors),
 * and whether they may reply as the instructor. {@code lastChange}: the newest moment one of its comments was posted,
 * edited or changed status (approved, for one that waited for moderation); null without comments.
 */
public record Discussion(CommentableItem item, List<ThreadComment> comments, boolean open, boolean asGuest,
        boolean mayAnswerAsInstructor, String closedReason, @Nullable Instant lastChange) {

    /**
     * Every visible comment in the order a reader goes through them: each comment followed by its replies (depth
     * first). Renderers that don't nest elements show this list, indented by {@link ThreadComment#depth()}.
     */
    public List<ThreadComment> inReadingOrder() {
        List<ThreadComment> ordered = new ArrayList<>();
        comments.forEach(comment -> addWithReplies(comment, ordered));
        return ordered;
    }

    /** Visible comments, replies included. */
    public long size() {
        return inReadingOrder().size();
    }

    private static void addWithReplies(ThreadComment comment, List<ThreadComment> ordered) {
        ordered.add(comment);
        comment.replies().forEach(reply -> addWithReplies(reply, ordered));
    }
}
