package app.limber.content;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Video files, posters and routine pictures over plain HTTP, outside the Vaadin session and its lock, so that seeking and many viewers
 * don't queue behind UI requests. A request for one byte range reads only that range from the storage
 * ({@link MediaRanges}); otherwise returning a {@link Resource} lets Spring MVC answer conditional requests (ETag,
 * 304) while streaming the file, never reading it whole.
 */
@RestController
class VideoMediaController {

    private final VideoService videos;
    private final RoutineService routines;
    private final ArticleCovers articleCovers;
    private final InstructorProfiles instructors;

    VideoMediaController(VideoService videos, RoutineService routines, ArticleCovers articleCovers,
            InstructorProfiles instructors) {
        this.instructors = instructors;
        this.articleCovers = articleCovers;
        this.videos = videos;
        this.routines = routines;
    }

    @GetMapping("/media/videos/{id}")
    ResponseEntity<Resource> video(@PathVariable long id, @RequestHeader HttpHeaders request) {
        return send(videos.openVideoFile(id), request);
    }

    @GetMapping("/media/posters/{id}")
    ResponseEntity<Resource> poster(@PathVariable long id, @RequestHeader HttpHeaders request) {
        return send(videos.openPoster(id), request);
    }

    /** A routine's cover or step picture; unknown ids and pictures of routines not (yet) live are not found. */
    @GetMapping("/media/images/{id}")
    ResponseEntity<Resource> image(@PathVariable long id, @RequestHeader HttpHeaders request) {
        return send(routines.openImage(id), request);
    }

    @GetMapping("/media/article-images/{id}")
    ResponseEntity<Resource> articleCover(@PathVariable long id, @RequestHeader HttpHeaders request) {
        return send(articleCovers.open(id), request);
    }

    /** A routine picture in a page size ({@link PictureSize}); unknown sizes are not found. */
    @GetMapping("/media/images/{id}/{size}")
    ResponseEntity<Resource> imageSize(@PathVariable long id, @PathVariable String size) {
        return PictureResponses.send(PictureSize.bySuffix(size).flatMap(known -> routines.openImageSize(id, known)));
    }

    /** An article cover in a page size. */
    @GetMapping("/media/article-images/{id}/{size}")
    ResponseEntity<Resource> articleCoverSize(@PathVariable long id, @PathVariable String size) {
        return PictureResponses.send(PictureSize.bySuffix(size).flatMap(known -> articleCovers.openSize(id, known)));
    }

    /** An instructor's current photo, for everyone; each upload has its own address, so it is cached for a year. */
    @GetMapping("/media/instructor-photos/{id}")
    ResponseEntity<Resource> instructorPhoto(@PathVariable long id) {
        return PictureResponses.send(instructors.openPhoto(id));
    }

    /** An instructor's photo in a page size. */
    @GetMapping("/media/instructor-photos/{id}/{size}")
    ResponseEntity<Resource> instructorPhotoSize(@PathVariable long id, @PathVariable String size) {
        return PictureResponses.send(PictureSize.bySuffix(size).flatMap(known -> instructors.openPhotoSize(id, known)));
    }

    private static ResponseEntity<Resource> send(Optional<MediaFile> file, HttpHeaders request) {
        return file.map(found -> MediaRanges.send(found, request, CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Members-only media asked for without signing in. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> signInFirst() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
}
