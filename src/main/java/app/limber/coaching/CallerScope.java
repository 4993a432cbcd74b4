package app.limber.coaching;

import app.limber.account.SignedInPerson;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The programs the caller coaches, as SQL: the programs they wrote, or every program for an admin. Queries write
 * {@code %s} where the condition on {@code p} (programs) goes; {@link #query} fills it in and binds the caller.
 */
final class CallerScope {

    private static final String MINE = "(:everyone = true or p.author_id = :me)";

    private CallerScope() {
    }

    /** A native query whose {@code %s} is the caller's program condition (on alias {@code p}, or {@code alias}). */
    static Query query(EntityManager entityManager, String sql, String alias) {
        SignedInPerson caller = SignedInPerson.current();
        Query query = entityManager.createNativeQuery(sql.formatted(MINE.replace("p.", alias + ".")));
        query.setParameter("everyone", caller.isAdmin());
        query.setParameter("me", caller.personId());
        return query;
    }

    static Query query(EntityManager entityManager, String sql) {
        return query(entityManager, sql, "p");
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
