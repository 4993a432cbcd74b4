package app.limber.content;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the routine library to: words in the title or summary, a tag or body area (by its slug), a
 * level, a longest duration in minutes, and an author (an instructor's page).
 */
public record RoutineSearch(String words, @Nullable String tagSlug, @Nullable Level level,
        @Nullable Integer maxMinutes, @Nullable Long authorId) {

    public RoutineSearch(String words, @Nullable String tagSlug, @Nullable Level level, @Nullable Integer maxMinutes) {
        this(words, tagSlug, level, maxMinutes, null);
    }

    /** Everything live by one author, for an instructor's page. */
    public static RoutineSearch byAuthor(long authorId) {
        return new RoutineSearch("", null, null, null, authorId);
    }

    public RoutineSearch {
        words = words == null ? "" : words.strip();
        tagSlug = tagSlug == null || tagSlug.isBlank() ? null : tagSlug.strip();
        maxMinutes = maxMinutes == null || maxMinutes <= 0 ? null : maxMinutes;
    }
}
