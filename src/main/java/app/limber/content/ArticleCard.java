package app.limber.content;

import java.time.Instant;

/** A live article as a card in lists: title, excerpt, author and publishing date. */
public record ArticleCard(long id, String slug, String title, String excerpt, Instant publishedAt,
        String authorName) {
}
