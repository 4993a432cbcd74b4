package app.limber.site;

import app.limber.content.ArticleCard;
import app.limber.content.RoutineCard;
import app.limber.program.ProgramCard;
import java.util.List;

/** What the home page shows: the newest articles and routines this reader may open, and the programs. */
public record HomeContent(List<ArticleCard> articles, List<RoutineCard> routines, List<ProgramCard> programs) {
}
