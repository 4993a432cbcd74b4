package app.limber.content;

import java.util.List;

/** Everything live with one tag, as this reader may see it. */
public record TagPage(String name, String slug, List<ArticleCard> articles, List<RoutineCard> routines) {

    public boolean isEmpty() {
        return articles.isEmpty() && routines.isEmpty();
    }
}
