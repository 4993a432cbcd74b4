package app.limber.coaching;

import app.limber.account.SignedInPerson;
import app.limber.progress.CoachedRunners;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule of who sees what a runner did: an instructor sees a runner who has been in one of the instructor's
 * programs (the programs they wrote), and of that runner only what belongs to those programs (sessions, feel scores
 * and notes); admins see every runner and everything.
 */
@Component
class CoachingAccess implements CoachedRunners {

    private final EntityManager entityManager;

    CoachingAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean callerCoaches(long runnerId) {
        SignedInPerson caller = SignedInPerson.currentOrNull();
        if (caller == null) {
            return false;
        }
        if (caller.isAdmin()) {
            return true;
        }
        Number found = (Number) entityManager.createNativeQuery("""
                select count(*) from enrolments e join programs p on p.id = e.program_id
                where e.person_id = :runner and p.author_id = :me""")
                .setParameter("runner", runnerId).setParameter("me", caller.personId()).getSingleResult();
        return found.longValue() > 0;
    }
}
