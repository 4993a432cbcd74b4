package app.limber.content;

import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the media endpoints send a picture in a page size. The address of a size never serves other bytes (a new upload
 * gets a new id), so browsers keep it for a year without asking again; only pictures of items everyone may see may
 * also be kept by shared caches.
 */
public final class PictureResponses {

    static final Duration KEEP_FOR = Duration.ofDays(365);

    private PictureResponses() {
    }

    /** 200 with the picture, or 404 when there is none for this caller. */
    public static ResponseEntity<Resource> send(Optional<PictureFile> picture) {
        return picture.map(found -> {
            CacheControl cache = CacheControl.maxAge(KEEP_FOR).immutable();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(found.file().contentType()))
                    .cacheControl(found.forEveryone() ? cache.cachePublic() : cache.cachePrivate())
                    .eTag(found.file().etag())
                    .body(found.file().resource());
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
