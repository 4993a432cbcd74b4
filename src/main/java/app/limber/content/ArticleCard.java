package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live article as a card in lists: title, excerpt, author, publishing date and cover picture (if any). */
public record ArticleCard(long id, String slug, String title, String excerpt, Instant publishedAt,
        String authorName, @Nullable String coverImageUrl) {
}
