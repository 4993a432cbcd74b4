package app.limber.community;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a comment's history: {@code from} is empty for the status it got when it was posted. */
public record StatusChange(Instant at, String actorName, @Nullable CommentStatus from, CommentStatus to) {
}
