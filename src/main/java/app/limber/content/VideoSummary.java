package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the studio's video list. */
public record VideoSummary(long id, String title, VideoSource source, @Nullable VideoProvider provider,
        @Nullable Integer durationSeconds, Visibility visibility, Instant updatedAt) {

    /** "Upload", "YouTube" or "Vimeo". */
    public String sourceLabel() {
        return provider == null ? "Upload" : provider.label();
    }
}
