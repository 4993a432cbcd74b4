package app.limber.community;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as readers see it, placed in its thread (see {@link CommentThreading}). {@code website} is only ever an
 * http(s) address. {@code own}: written by the reader of this tab, who may edit it until {@code editableUntil} (when
 * set) and delete it. {@code depth}: 1 for a top-level comment, up to {@link #MAX_DEPTH}. {@code inReplyTo}: the
 * name of the author it answers (null at the top level), for narrow screens where replies are not indented.
 * {@code flattened}: shown at the deepest level though it answers a comment at that same level, so even wide
 * screens should say whom it answers. {@code replies} are in posting order.
 */
public record ThreadComment(long id, String authorName, @Nullable String website, boolean instructor, String text,
        CommentStatus status, Instant postedAt, @Nullable Instant editedAt, boolean own,
        @Nullable Instant editableUntil, int depth, @Nullable String inReplyTo, boolean flattened,
        List<ThreadComment> replies) {

    /** How deep replies nest (as WordPress does by default); replies to the deepest level stay at that level. */
    public static final int MAX_DEPTH = 5;

    /** Whether readers may answer it: only approved comments take replies. */
    public boolean acceptsReplies() {
        return status == CommentStatus.APPROVED;
    }
}
