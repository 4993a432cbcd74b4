package app.limber.content;

import org.jspecify.annotations.Nullable;

/** A live routine as a card in lists: on the home page, tag pages and under articles. */
public record RoutineCard(long id, String slug, String title, String summary, Level level, int totalSeconds,
        @Nullable Long coverImageId) {

    /** A card without a cover picture (for queries that don't select one). */
    public RoutineCard(long id, String slug, String title, String summary, Level level, int totalSeconds) {
        this(id, slug, title, summary, level, totalSeconds, null);
    }

    /** The cover picture's address, if the routine has one. */
    public @Nullable String coverImageUrl() {
        return coverImageId == null ? null : RoutineImage.url(coverImageId);
    }
}
