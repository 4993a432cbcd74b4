package app.limber.program;

import app.limber.content.PublishingStatus;
import app.limber.content.Visibility;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the studio's program list. */
public record ProgramSummary(long id, String title, String slug, PublishingStatus status, @Nullable Instant publishAt,
        int lengthDays, Visibility visibility, Instant updatedAt) {
}
