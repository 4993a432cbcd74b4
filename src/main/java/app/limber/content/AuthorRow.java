package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An author of live items and the latest change among them, as the sitemap's author queries return it. */
public record AuthorRow(long authorId, Instant updatedAt, @Nullable Instant publishAt) {

    /** When the author's page last changed: the latest edit or go-live among their live items. */
    public Instant lastModified() {
        return IndexedPage.of("", updatedAt, publishAt).lastModified();
    }
}
