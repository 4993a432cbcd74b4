package app.limber.community;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line of a comment's history: {@code from} is empty for the status it got when it was posted; {@code why} is the
 * rule that decided or how a moderator acted (empty when there is nothing to add, or it wasn't recorded).
 */
public record StatusChange(Instant at, String actorName, @Nullable CommentStatus from, CommentStatus to, String why) {
}
