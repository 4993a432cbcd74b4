package app.limber.content;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A routine as runners and visitors see it; {@code bodyHtml} is already sanitized. {@code changedAt}: its last edit, or
 * when it went live if that came later.
 */
public record RoutinePage(long id, String slug, String title, String summary, String bodyHtml, Level level,
        Visibility visibility, int totalSeconds, List<String> tags, List<Step> steps, long authorId, String authorName,
        @Nullable String coverImageUrl, Instant changedAt) {

    /** One step as shown to a runner, with its picture and video clip when it has them. */
    public record Step(String name, String cue, String amount, Side side, @Nullable String imageUrl,
            @Nullable Clip clip) {
    }

    /** The part of a video a step plays: from {@code startSeconds} to {@code endSeconds}, or to the end. */
    public record Clip(VideoPlayback playback, int startSeconds, @Nullable Integer endSeconds) {

        public String sourceUrl() {
            return playback.sourceUrl(startSeconds, endSeconds);
        }
    }
}
