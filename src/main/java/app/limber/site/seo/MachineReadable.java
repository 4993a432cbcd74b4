package app.limber.site.seo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * How the sitemap, robots.txt and the feed are sent: shared caches may keep them for five minutes, and a client that
 * already has this exact text (its ETag, a hash of the bytes) gets 304 without the body.
 */
final class MachineReadable {

    static final Duration CACHE_FOR = Duration.ofMinutes(5);

    private MachineReadable() {
    }

    static ResponseEntity<String> send(WebRequest request, MediaType type, String body) {
        String etag = "\"" + hash(body) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cacheControl()).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(cacheControl()).body(body);
    }

    private static CacheControl cacheControl() {
        return CacheControl.maxAge(CACHE_FOR).cachePublic();
    }

    private static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
