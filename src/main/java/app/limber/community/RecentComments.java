package app.limber.community;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How many comments someone posted lately and when the latest was, for the flood rules. */
record RecentComments(long count, @Nullable Instant latest) {
}
