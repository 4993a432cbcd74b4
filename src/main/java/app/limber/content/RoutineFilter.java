package app.limber.content;

import org.jspecify.annotations.Nullable;

/** What the studio's routine list is narrowed to: words in the title, and a status. */
public record RoutineFilter(String search, @Nullable PublishingStatus status) {

    public static RoutineFilter none() {
        return new RoutineFilter("", null);
    }
}
