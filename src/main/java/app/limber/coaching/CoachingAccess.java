package app.limber.coaching;

import app.limber.account.SignedInPerson;
import app.limber.progress.CoachedRunners;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** One answer of {@link #callerCoaches}, kept for the rest of the transaction that asked. */
    private record Answer(long callerId, long runnerId) {
    }

    /**
     * Whether the caller sees this runner. Asked again within the same transaction (the runner page and the runner's
     * self-tests both check), the first answer is reused rather than read again.
     */
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
        Answer question = new Answer(caller.personId(), runnerId);
        if (TransactionSynchronizationManager.getResource(question) instanceof Boolean known) {
            return known;
        }
        boolean coaches = readCallerCoaches(caller, runnerId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(question, coaches);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(question);
                }
            });
        }
        return coaches;
    }

    private boolean readCallerCoaches(SignedInPerson caller, long runnerId) {
        Number found = (Number) entityManager.createNativeQuery("""
                select count(*) from enrolments e join programs p on p.id = e.program_id
                where e.person_id = :runner and p.author_id = :me""")
                .setParameter("runner", runnerId).setParameter("me", caller.personId()).getSingleResult();
        return found.longValue() > 0;
    }
}
