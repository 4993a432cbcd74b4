package app.limber.community;

import app.limber.content.CommentableItem;
import org.jspecify.annotations.Nullable;

/** Which comments the moderation queue shows: one status, a search text, and optionally one item. */
public record QueueFilter(CommentStatus status, String search, CommentableItem.@Nullable Kind itemKind,
        long itemId) {

    public static QueueFilter of(CommentStatus status) {
        return new QueueFilter(status, "", null, 0);
    }

    public QueueFilter withStatus(CommentStatus newStatus) {
        return new QueueFilter(newStatus, search, itemKind, itemId);
    }

    /** The search as a SQL LIKE pattern on lower-cased columns; empty for no search. */
    String pattern() {
        String trimmed = search.strip().toLowerCase(java.util.Locale.ROOT);
        if (trimmed.isEmpty()) {
            return "";
        }
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
