package app.limber.content;

/** Video hosts a link may point to, embedded through their privacy-enhanced players. */
public enum VideoProvider {
    YOUTUBE("YouTube"),
    VIMEO("Vimeo");

    private final String label;

    VideoProvider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The player address for an iframe, optionally starting at a second; no tracking cookies where the host allows. */
    public String embedUrl(String videoId, int startSeconds) {
        return switch (this) {
            case YOUTUBE -> "https://www.youtube-nocookie.com/embed/" + videoId
                    + (startSeconds > 0 ? "?start=" + startSeconds : "");
            case VIMEO -> "https://player.vimeo.com/video/" + videoId + "?dnt=1"
                    + (startSeconds > 0 ? "#t=" + startSeconds + "s" : "");
        };
    }
}
