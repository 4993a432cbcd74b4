package app.limber.content.ui;

import app.limber.content.ArticleCard;
import app.limber.content.ArticleService;
import app.limber.content.RoutineCard;
import app.limber.content.RoutineService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The home page's lists: the newest articles and routines this reader may open; a list with nothing is left out. */
class LatestContent extends Div {

    static final int HOW_MANY = 6;

    LatestContent(ArticleService articles, RoutineService routines, boolean readerSignedIn) {
        addClassName("latest-content");
        List<ArticleCard> latestArticles = articles.latestLive(HOW_MANY, readerSignedIn);
        if (!latestArticles.isEmpty()) {
            Section section = new Section(new H2("Latest articles"), ContentCards.articles(latestArticles));
            section.addClassName("latest-articles");
            add(section);
        }
        List<RoutineCard> latestRoutines = routines.latestLive(HOW_MANY, readerSignedIn);
        if (!latestRoutines.isEmpty()) {
            Section section = new Section(new H2("Routines to try"), ContentCards.routines(latestRoutines));
            section.addClassName("latest-routines");
            add(section);
        }
    }
}
