package app.limber.community;

import app.limber.content.CommentableItem;
import org.jspecify.annotations.Nullable;

/**
 * Which comments the moderation queue shows: one status, a search text, optionally one item, and optionally one
 * member's comments ({@code authorId}, their account; guests' comments have none).
 */
public record QueueFilter(CommentStatus status, String search, CommentableItem.@Nullable Kind itemKind,
        long itemId, @Nullable Long authorId) {

    /** The queue's query parameter for one member's comments: {@code /admin/comments?member=42}. */
    public static final String MEMBER_PARAMETER = "member";

    public QueueFilter(CommentStatus status, String search, CommentableItem.@Nullable Kind itemKind, long itemId) {
        this(status, search, itemKind, itemId, null);
    }

    public static QueueFilter of(CommentStatus status) {
        return new QueueFilter(status, "", null, 0, null);
    }

    public QueueFilter withStatus(CommentStatus newStatus) {
        return new QueueFilter(newStatus, search, itemKind, itemId, authorId);
    }

    public QueueFilter withSearch(String words) {
        return new QueueFilter(status, words, itemKind, itemId, authorId);
    }

    /** Comments on this item only, or on every item when {@code kind} is null. */
    public QueueFilter withItem(CommentableItem.@Nullable Kind kind, long id) {
        return new QueueFilter(status, search, kind, kind == null ? 0 : id, authorId);
    }

    /** This member's comments only, or everyone's when null. */
    public QueueFilter withAuthor(@Nullable Long memberId) {
        return new QueueFilter(status, search, itemKind, itemId, memberId);
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
