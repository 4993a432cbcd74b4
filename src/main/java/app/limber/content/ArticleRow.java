package app.limber.content;

import java.time.Instant;

/** A live article as a list query returns it, before the author's name is looked up. */
record ArticleRow(long id, String slug, String title, String excerpt, Instant publishedAt, long authorId) {

    ArticleCard withAuthor(String authorName) {
        return new ArticleCard(id, slug, title, excerpt, publishedAt, authorName);
    }
}
