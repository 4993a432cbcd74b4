package app.limber.site;

import app.limber.program.ProgramCard;
import java.util.List;

/** The programs page: every live program this reader may see. */
public record ProgramListContent(List<ProgramCard> programs) {
}
