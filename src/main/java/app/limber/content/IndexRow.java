package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live item's slug and dates, as the sitemap queries return them. */
record IndexRow(String slug, Instant updatedAt, @Nullable Instant publishAt) {

    IndexedPage page(String pathPrefix) {
        return IndexedPage.of(pathPrefix + slug, updatedAt, publishAt);
    }
}
