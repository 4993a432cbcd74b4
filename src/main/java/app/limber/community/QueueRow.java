package app.limber.community;

import app.limber.content.CommentableItem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment in the moderation queue, with everything a moderator needs to decide (links spelled out). {@code why}
 * says why it has its status (the rule that held it, or who moved it); empty when that wasn't recorded.
 */
public record QueueRow(long id, String authorName, @Nullable String email, @Nullable String website,
        @Nullable String ipAddress, boolean member, String text, List<String> links, CommentStatus status,
        String why, Instant postedAt, CommentableItem.Kind itemKind, long itemId, String itemTitle,
        @Nullable String itemPath, boolean reply) {
}
