package app.limber.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A link to a video on YouTube or Vimeo, reduced to the host and the video's id. */
public record VideoLink(VideoProvider provider, String videoId) {

    public static final int URL_MAX = 500;

    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com");
    private static final String YOUTU_BE = "youtu.be";
    private static final Set<String> VIMEO_HOSTS = Set.of("vimeo.com", "player.vimeo.com");

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile(
            "/(?:video/|channels/[A-Za-z0-9_-]+/|groups/[A-Za-z0-9_-]+/videos/)?([0-9]{1,15})(?:/[0-9a-f]+)?/?");

    static final String ONLY_HOSTS = "Paste a link to a video on YouTube or Vimeo.";

    /**
     * Reads a video address as pasted by an instructor. Only https links to YouTube or Vimeo are accepted, and only
     * when the video id can be found; the message of the exception says what is wrong in plain words.
     */
    public static VideoLink parse(String address) {
        String trimmed = address.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(ONLY_HOSTS);
        }
        if (trimmed.length() > URL_MAX) {
            throw new IllegalArgumentException("That link is too long.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("That doesn't look like a web address. " + ONLY_HOSTS);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Use a secure link that starts with https://.");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new IllegalArgumentException(ONLY_HOSTS);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (YOUTUBE_HOSTS.contains(host)) {
            return youtube(path, uri.getRawQuery());
        }
        if (host.equals(YOUTU_BE)) {
            return youtubeId(path.startsWith("/") ? stripSlash(path.substring(1)) : "");
        }
        if (VIMEO_HOSTS.contains(host)) {
            Matcher matcher = VIMEO_PATH.matcher(path);
            if (matcher.matches()) {
                return new VideoLink(VideoProvider.VIMEO, matcher.group(1));
            }
            throw new IllegalArgumentException("We couldn't find the video number in that Vimeo link.");
        }
        throw new IllegalArgumentException(ONLY_HOSTS);
    }

    private static VideoLink youtube(String path, String rawQuery) {
        if (path.equals("/watch") || path.equals("/watch/")) {
            String v = queryParameter(rawQuery, "v");
            return youtubeId(v == null ? "" : v);
        }
        Matcher matcher = YOUTUBE_PATH.matcher(path);
        if (matcher.matches()) {
            return new VideoLink(VideoProvider.YOUTUBE, matcher.group(1));
        }
        throw new IllegalArgumentException("We couldn't find the video in that YouTube link.");
    }

    private static VideoLink youtubeId(String candidate) {
        if (YOUTUBE_ID.matcher(candidate).matches()) {
            return new VideoLink(VideoProvider.YOUTUBE, candidate);
        }
        throw new IllegalArgumentException("We couldn't find the video in that YouTube link.");
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** Where the privacy-enhanced player for this video lives. */
    public String embedUrl(int startSeconds) {
        return provider.embedUrl(videoId, startSeconds);
    }
}
