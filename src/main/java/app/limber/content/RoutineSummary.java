package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the studio's routine list. */
public record RoutineSummary(long id, String title, String slug, PublishingStatus status, @Nullable Instant publishAt,
        Level level, int totalSeconds, Instant updatedAt) {
}
