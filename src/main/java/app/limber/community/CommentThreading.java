package app.limber.community;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the comments under an item hang together, for every renderer of a discussion:
 * <ul>
 *   <li>A reply belongs under the comment it answers, up to {@link ThreadComment#MAX_DEPTH} levels. Deeper replies
 *       are shown at the deepest level, right after the comment they answer (depth first, as WordPress does), and
 *       marked {@code flattened}; the database keeps whom they really answer, so "in reply to" is always right.</li>
 *   <li>Top-level comments come newest or oldest first, as the reader chose; replies always in posting order.</li>
 *   <li>A reply is shown only with the comment it answers: when that is pending, spam or in the trash for this
 *       reader, its replies go with it (they come back when it is approved or restored).</li>
 * </ul>
 */
final class CommentThreading {

    /** Turns a visible comment into what readers see, once its place in the thread is known. */
    @FunctionalInterface
    interface Placement {
        ThreadComment place(Comment comment, int depth, @Nullable Comment answers, boolean flattened,
                List<ThreadComment> replies);
    }

    private final Map<Long, List<Comment>> repliesById = new HashMap<>();
    private final Placement placement;

    private CommentThreading(Placement placement) {
        this.placement = placement;
    }

    /** The top-level comments with their replies; {@code visible} is in posting order (the thread query's order). */
    static List<ThreadComment> arrange(List<Comment> visible, boolean newestFirst, Placement placement) {
        CommentThreading threading = new CommentThreading(placement);
        List<Comment> topLevel = new ArrayList<>();
        for (Comment comment : visible) {
            if (comment.parentId() == null) {
                topLevel.add(comment);
            } else {
                threading.repliesById.computeIfAbsent(comment.parentId(), id -> new ArrayList<>()).add(comment);
            }
        }
        List<ThreadComment> thread = new ArrayList<>(topLevel.stream()
                .map(comment -> threading.nest(comment, 1, null)).toList());
        return newestFirst ? thread.reversed() : thread;
    }

    private ThreadComment nest(Comment comment, int depth, @Nullable Comment answers) {
        List<Comment> replies = repliesTo(comment);
        List<ThreadComment> placed = depth + 1 < ThreadComment.MAX_DEPTH
                ? replies.stream().map(reply -> nest(reply, depth + 1, comment)).toList()
                : atDeepestLevel(comment, replies);
        return placement.place(comment, depth, answers, false, placed);
    }

    /** The replies to a comment one level above the deepest, followed each by its own replies, all at the deepest. */
    private List<ThreadComment> atDeepestLevel(Comment parent, List<Comment> replies) {
        List<ThreadComment> placed = new ArrayList<>();
        Deque<Comment[]> pending = new ArrayDeque<>(); // (reply, the comment it answers); a stack, not recursion
        replies.reversed().forEach(reply -> pending.push(new Comment[] {reply, parent}));
        while (!pending.isEmpty()) {
            Comment[] next = pending.pop();
            placed.add(placement.place(next[0], ThreadComment.MAX_DEPTH, next[1], next[1] != parent, List.of()));
            repliesTo(next[0]).reversed().forEach(reply -> pending.push(new Comment[] {reply, next[0]}));
        }
        return placed;
    }

    private List<Comment> repliesTo(Comment comment) {
        return repliesById.getOrDefault(comment.id(), List.of());
    }
}
