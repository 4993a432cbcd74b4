package app.limber.content;

import org.jspecify.annotations.Nullable;

/** What the studio's routine list is narrowed to: words in the title, a status, and a tag (by its slug). */
public record RoutineFilter(String search, @Nullable PublishingStatus status, @Nullable String tagSlug)
        implements StudioListQuery.Filter {

    public RoutineFilter(String search, @Nullable PublishingStatus status) {
        this(search, status, null);
    }

    public static RoutineFilter none() {
        return new RoutineFilter("", null);
    }
}
