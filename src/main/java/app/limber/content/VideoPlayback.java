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
        return sourceUrl(startSeconds, null);
    }

    /**
     * The address to play a part of the video: {@code #t=start,end} for files, {@code start=}/{@code end=} for
     * YouTube. Vimeo's player takes only a start time, so the end is left out there.
     */
    public String sourceUrl(int startSeconds, @Nullable Integer endSeconds) {
        boolean hasEnd = endSeconds != null && endSeconds > startSeconds;
        if (streamUrl != null) {
            if (hasEnd) {
                return streamUrl + "#t=" + Math.max(0, startSeconds) + "," + endSeconds;
            }
            return startSeconds > 0 ? streamUrl + "#t=" + startSeconds : streamUrl;
        }
        String base = java.util.Objects.requireNonNull(embedUrl);
        if (base.contains("player.vimeo.com")) {
            return startSeconds > 0 ? base + "#t=" + startSeconds + "s" : base;
        }
        StringBuilder url = new StringBuilder(base);
        if (startSeconds > 0) {
            url.append(url.indexOf("?") >= 0 ? '&' : '?').append("start=").append(startSeconds);
        }
        if (hasEnd) {
            url.append(url.indexOf("?") >= 0 ? '&' : '?').append("end=").append(endSeconds);
        }
        return url.toString();
    }
}
