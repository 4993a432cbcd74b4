package app.limber.community;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as readers see it. {@code website} is only ever an http(s) address. {@code own}: written by the reader of
 * this tab, who may edit it until {@code editableUntil} (when set) and delete it. {@code replies} are in posting order.
 */
public record ThreadComment(long id, String authorName, @Nullable String website, boolean instructor, String text,
        CommentStatus status, Instant postedAt, @Nullable Instant editedAt, boolean own,
        @Nullable Instant editableUntil, List<ThreadComment> replies) {
}
