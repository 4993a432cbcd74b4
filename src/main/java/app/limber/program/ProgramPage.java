package app.limber.program;

import app.limber.content.Visibility;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A live program as its landing page shows it: text, schedule overview with routine links, who wrote it.
 * {@code changedAt}: its last edit, or when it went live if that came later.
 */
public record ProgramPage(long id, String slug, String title, String descriptionHtml, int lengthDays,
        Visibility visibility, long authorId, String authorName, @Nullable String coverUrl, List<Day> days,
        Instant changedAt) {

    public ProgramPage {
        days = List.copyOf(days);
    }

    /** One day of the overview; no routines means rest. */
    public record Day(int dayNumber, List<RoutineLink> routines, String note) {
        public boolean isRest() {
            return routines.isEmpty();
        }
    }

    /** A routine of a day, linking to its page; a members-only one asks visitors to sign in first. */
    public record RoutineLink(String title, String slug, int totalSeconds, boolean membersOnly) {
    }

    /** The overview's day; rest when nothing is planned. */
    public Day day(int dayNumber) {
        return days.stream().filter(day -> day.dayNumber() == dayNumber).findFirst()
                .orElseGet(() -> new Day(dayNumber, List.of(), ""));
    }
}
