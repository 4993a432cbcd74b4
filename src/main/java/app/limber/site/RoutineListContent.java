package app.limber.site;

import app.limber.content.ArticlePage;
import app.limber.content.Level;
import app.limber.content.ReaderListPage;
import app.limber.content.RoutineCard;
import app.limber.content.RoutineSearch;
import java.util.List;

/** The routine library: one page of cards, the reader's filters, the choices for them, and the page links. */
public record RoutineListContent(ReaderListPage<RoutineCard> list, RoutineSearch search,
        List<ArticlePage.TagLink> tags, List<Level> levels, List<Integer> durations, Pager pager) {
}
