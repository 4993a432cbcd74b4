package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.content.ArticleCard;
import app.limber.content.RoutineCard;
import app.limber.program.ProgramCard;
import java.util.List;

/** An instructor's page: the author box and their published work this reader may open. */
public record InstructorContent(String name, InstructorProfiles.Profile profile, List<ArticleCard> articles,
        List<RoutineCard> routines, List<ProgramCard> programs) {
}
