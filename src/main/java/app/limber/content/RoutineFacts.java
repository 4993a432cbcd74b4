package app.limber.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What other features need to know about a routine they refer to by id: its name, address, length and status. */
public record RoutineFacts(long id, String title, String slug, long authorId, PublishingStatus status,
        @Nullable Instant publishAt, Visibility visibility, int totalSeconds) {

    /** Live at this moment: published, or scheduled for this moment or earlier (the rule of {@link Publication#isLive}). */
    public boolean isLiveAt(Instant moment) {
        return switch (status) {
            case PUBLISHED -> true;
            case SCHEDULED -> publishAt != null && !publishAt.isAfter(moment);
            case DRAFT, ARCHIVED -> false;
        };
    }
}
