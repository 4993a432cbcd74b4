package app.limber.program;

import app.limber.content.PublishingStatus;
import app.limber.content.StudioListQuery;
import org.jspecify.annotations.Nullable;

/** What the studio's program list is narrowed to: words in the title, and a status (or any). */
public record ProgramFilter(String search, @Nullable PublishingStatus status) implements StudioListQuery.Filter {

    public ProgramFilter {
        search = search == null ? "" : search;
    }

    public static ProgramFilter none() {
        return new ProgramFilter("", null);
    }
}
