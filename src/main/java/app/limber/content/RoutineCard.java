package app.limber.content;

/** A live routine as a card in lists: on the home page, tag pages and under articles. */
public record RoutineCard(long id, String slug, String title, String summary, Level level, int totalSeconds) {
}
