package app.limber.program;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves calendar feeds over plain HTTP, outside Vaadin: calendar apps poll them without signing in. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    /** The feed behind a secret address; unknown and revoked secrets are simply not found. */
    @GetMapping(CalendarFeedService.PATH_PREFIX + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header("Content-Disposition", "inline; filename=\"limber.ics\"")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
