package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the studio's article list. */
public record ArticleSummary(long id, String title, String slug, PublishingStatus status, @Nullable Instant publishAt,
        Visibility visibility, Instant updatedAt) {
}
