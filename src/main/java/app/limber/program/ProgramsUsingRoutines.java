package app.limber.program;

import app.limber.content.RoutineUsage;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the routine feature which live programs use a routine, so a routine a runner may be following is not archived
 * or unpublished from under them (the counterpart of {@link Program#requireRoutinesLiveAt}).
 */
@Component
class ProgramsUsingRoutines implements RoutineUsage {

    private final EntityManager entityManager;

    ProgramsUsingRoutines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> livePrograms(long routineId) {
        return entityManager.createQuery("select distinct p.title from Program p join p.days d join d.routineIds r"
                        + " where r = :routineId and p.publication.status in (app.limber.content.PublishingStatus.PUBLISHED,"
                        + " app.limber.content.PublishingStatus.SCHEDULED) order by p.title", String.class)
                .setParameter("routineId", routineId).getResultList();
    }
}
