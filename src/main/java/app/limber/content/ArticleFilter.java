package app.limber.content;

import org.jspecify.annotations.Nullable;

/** What the studio's article list is narrowed to: words in the title, and a status. */
public record ArticleFilter(String search, @Nullable PublishingStatus status) implements StudioListQuery.Filter {

    public static ArticleFilter none() {
        return new ArticleFilter("", null);
    }
}
