package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A live public address for the sitemap: its path and when it last changed (edited, or went live, whichever is later).
 */
public record IndexedPage(String path, Instant lastModified) {

    /** The page of an item edited at {@code updatedAt} that went live at {@code publishAt}. */
    public static IndexedPage of(String path, Instant updatedAt, @Nullable Instant publishAt) {
        return new IndexedPage(path, publishAt != null && publishAt.isAfter(updatedAt) ? publishAt : updatedAt);
    }
}
