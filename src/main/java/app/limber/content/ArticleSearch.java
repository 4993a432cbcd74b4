package app.limber.content;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the public article list to: words in the title or excerpt, a tag (by its slug), and an
 * author (an instructor's page).
 */
public record ArticleSearch(String words, @Nullable String tagSlug, @Nullable Long authorId) {

    public ArticleSearch(String words, @Nullable String tagSlug) {
        this(words, tagSlug, null);
    }

    public ArticleSearch {
        words = words == null ? "" : words.strip();
        tagSlug = tagSlug == null || tagSlug.isBlank() ? null : tagSlug.strip();
    }
}
