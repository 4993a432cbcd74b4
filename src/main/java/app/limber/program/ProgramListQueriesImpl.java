package app.limber.program;

import app.limber.content.StudioListQuery;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

class ProgramListQueriesImpl implements ProgramListQueries {

    private static final StudioListQuery<ProgramSummary> LIST = new StudioListQuery<>(ProgramSummary.class,
            "Program", "p",
            "p.id, p.title, p.slug, p.publication.status, p.publication.publishAt, p.lengthDays, p.visibility, "
                    + "p.updatedAt",
            Map.of(
                    "title", "p.title",
                    "status", "p.publication.status",
                    "lengthDays", "p.lengthDays",
                    "updatedAt", "p.updatedAt"));

    private final EntityManager entityManager;

    ProgramListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ProgramSummary> listSummaries(@Nullable Long authorId, ProgramFilter filter, Pageable page) {
        return LIST.list(entityManager, authorId, filter, List.of(), page);
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ProgramFilter filter) {
        return LIST.count(entityManager, authorId, filter, List.of());
    }
}
