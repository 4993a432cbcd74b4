package app.limber.content;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the routine library to: words in the title or summary, a tag or body area (by its slug), a
 * level, and a longest duration in minutes.
 */
public record RoutineSearch(String words, @Nullable String tagSlug, @Nullable Level level,
        @Nullable Integer maxMinutes) {

    public RoutineSearch {
        words = words == null ? "" : words.strip();
        tagSlug = tagSlug == null || tagSlug.isBlank() ? null : tagSlug.strip();
        maxMinutes = maxMinutes == null || maxMinutes <= 0 ? null : maxMinutes;
    }
}
