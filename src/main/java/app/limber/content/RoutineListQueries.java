package app.limber.content;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The studio list, and the readers' routine library: each one query for a page of rows and one for the count,
 * filtered and sorted in SQL.
 */
interface RoutineListQueries {

    List<RoutineCard> listLive(RoutineSearch search, java.time.Instant now, java.util.Collection<Visibility> visible,
            int offset, int limit);

    long countLive(RoutineSearch search, java.time.Instant now, java.util.Collection<Visibility> visible);

    List<RoutineSummary> listSummaries(@Nullable Long authorId, RoutineFilter filter, Pageable page);

    long countSummaries(@Nullable Long authorId, RoutineFilter filter);
}
