package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live article as a list query returns it, before the author's name is looked up. */
record ArticleRow(long id, String slug, String title, String excerpt, Instant publishedAt, long authorId,
        @Nullable Long coverImageId) {

    ArticleCard withAuthor(String authorName) {
        return new ArticleCard(id, slug, title, excerpt, publishedAt, authorName,
                coverImageId == null ? null : ArticleCovers.url(coverImageId));
    }
}
