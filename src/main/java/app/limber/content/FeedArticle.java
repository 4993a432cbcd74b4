package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A live article as the Atom feed lists it. {@code contentHtml} is the sanitized text of a public article and is
 * {@code null} for a members-only one: the feed then carries its summary only.
 */
public record FeedArticle(String slug, String title, String summary, String authorName, Instant publishedAt,
        Instant updatedAt, Visibility visibility, @Nullable String contentHtml) {
}
