package app.limber.program;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The studio's program list: filtered, sorted and paged in the database. */
interface ProgramListQueries {

    List<ProgramSummary> listSummaries(@Nullable Long authorId, ProgramFilter filter, Pageable page);

    long countSummaries(@Nullable Long authorId, ProgramFilter filter);
}
