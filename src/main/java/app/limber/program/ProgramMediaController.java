package app.limber.program;

import app.limber.content.MediaFile;
import app.limber.content.PictureResponses;
import app.limber.content.PictureSize;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Program cover pictures over plain HTTP, outside the Vaadin session; unknown or not-yet-live ones are not found. */
@RestController
class ProgramMediaController {

    private final ProgramCovers covers;

    ProgramMediaController(ProgramCovers covers) {
        this.covers = covers;
    }

    @GetMapping("/media/program-images/{id}")
    ResponseEntity<Resource> cover(@PathVariable long id) {
        return covers.open(id).map(ProgramMediaController::send).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A program cover in a page size ({@link PictureSize}); unknown sizes are not found. */
    @GetMapping("/media/program-images/{id}/{size}")
    ResponseEntity<Resource> coverSize(@PathVariable long id, @PathVariable String size) {
        return PictureResponses.send(PictureSize.bySuffix(size).flatMap(known -> covers.openSize(id, known)));
    }

    private static ResponseEntity<Resource> send(MediaFile found) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .eTag(found.etag())
                .body(found.resource());
    }

    /** Members-only covers asked for without signing in. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> signInFirst() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
}
