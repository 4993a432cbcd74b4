package app.limber.program;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor may see of a live members-only program: title, description (for the page's summary), author, cover
 * and which days of the schedule hold a session, never which routines.
 */
public record ProgramTeaser(long id, String slug, String title, String descriptionHtml, String authorName,
        @Nullable String coverUrl, int lengthDays, Set<Integer> sessionDays) {

    public ProgramTeaser {
        sessionDays = Set.copyOf(sessionDays);
    }
}
