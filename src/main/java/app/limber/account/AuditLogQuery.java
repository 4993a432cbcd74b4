package app.limber.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for admins: newest first, filtered and paged in the database. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLogQuery {

    private final EntityManager entityManager;

    AuditLogQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of entries matching the filter, newest first (or oldest first when asked to sort ascending). */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, Pageable page) {
        boolean oldestFirst = page.getSort().stream().anyMatch(o -> o.getProperty().equals("occurredAt")
                && o.isAscending());
        String direction = oldestFirst ? " asc" : " desc";
        TypedQuery<AuditEntry> query = entityManager.createQuery("select new app.limber.account.AuditEntry(e.id, "
                + "e.occurredAt, e.actorName, e.action, e.subjectType, e.subjectId, e.subjectLabel, e.details) "
                + "from AuditEvent e" + where(filter) + " order by e.occurredAt" + direction + ", e.id" + direction,
                AuditEntry.class);
        bind(query, filter);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return query.getResultList();
    }

    /** How many entries match the filter. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(e) from AuditEvent e" + where(filter),
                Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.action() != null) {
            where.append(" and e.action = :action");
        }
        if (!filter.actor().isBlank()) {
            where.append(" and lower(e.actorName) like :actor escape '\\'");
        }
        if (!filter.subject().isBlank()) {
            where.append(" and lower(e.subjectLabel) like :subject escape '\\'");
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (filter.until() != null) {
            where.append(" and e.occurredAt < :until");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (!filter.actor().isBlank()) {
            query.setParameter("actor", contains(filter.actor()));
        }
        if (!filter.subject().isBlank()) {
            query.setParameter("subject", contains(filter.subject()));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
    }

    /** A LIKE pattern for "contains", with the wildcards the person typed taken literally. */
    static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
