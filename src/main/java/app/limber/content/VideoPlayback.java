package app.limber.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page needs to play a video: either {@code streamUrl} (an uploaded file served by Limber, with an optional
 * poster) or {@code embedUrl} (the privacy-enhanced player of a video host) is set, never both.
 */
public record VideoPlayback(long id, String title, @Nullable Integer durationSeconds, List<Chapter> chapters,
        @Nullable String streamUrl, @Nullable String posterUrl, @Nullable String embedUrl) {

    public boolean isEmbedded() {
        return embedUrl != null;
    }

    /** The address to play from, starting at a second: a media fragment for files, a player parameter for hosts. */
    public String sourceUrl(int startSeconds) {
        if (streamUrl != null) {
            return startSeconds > 0 ? streamUrl + "#t=" + startSeconds : streamUrl;
        }
        return embedUrlAt(startSeconds);
    }

    private String embedUrlAt(int startSeconds) {
        String base = java.util.Objects.requireNonNull(embedUrl);
        if (startSeconds <= 0) {
            return base;
        }
        if (base.contains("player.vimeo.com")) {
            return base + "#t=" + startSeconds + "s";
        }
        return base + (base.contains("?") ? "&" : "?") + "start=" + startSeconds;
    }
}
