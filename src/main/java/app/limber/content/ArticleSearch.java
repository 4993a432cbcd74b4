package app.limber.content;

import org.jspecify.annotations.Nullable;

/** What a reader narrows the public article list to: words in the title or excerpt, and a tag (by its slug). */
public record ArticleSearch(String words, @Nullable String tagSlug) {

    public ArticleSearch {
        words = words == null ? "" : words.strip();
        tagSlug = tagSlug == null || tagSlug.isBlank() ? null : tagSlug.strip();
    }
}
