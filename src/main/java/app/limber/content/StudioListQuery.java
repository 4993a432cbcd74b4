package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One studio list of an authored kind (routines, articles, programs), filtered, sorted and paged in SQL: a page is
 * one query and the count another. Every list narrows to the author (unless an admin asks), words in the title and
 * a status; a kind may add its own {@link Condition}s. Sorting is allow-listed, newest change first by default, with
 * the id last so that pages never overlap.
 *
 * @param <S> the row each list entry is projected into (a record with a matching constructor)
 */
public final class StudioListQuery<S> {

    /** An extra JPQL condition with its one named parameter, e.g. "has this tag". */
    public record Condition(String jpql, String parameter, Object value) {
    }

    /** What every studio list can be narrowed to. */
    public interface Filter {

        String search();

        @Nullable PublishingStatus status();
    }

    private final Class<S> rowType;
    private final String from;
    private final String alias;
    private final String columns;
    private final Map<String, String> sortable;

    /**
     * @param entity   the entity name, e.g. {@code "Routine"}
     * @param alias    its alias in {@code columns}, {@code sortable} and conditions, e.g. {@code "r"}
     * @param columns  the constructor arguments of {@code rowType}, as JPQL paths
     * @param sortable sort keys the list offers, mapped to their JPQL paths; anything else is ignored
     */
    public StudioListQuery(Class<S> rowType, String entity, String alias, String columns,
            Map<String, String> sortable) {
        this.rowType = rowType;
        this.from = " from " + entity + " " + alias;
        this.alias = alias;
        this.columns = columns;
        this.sortable = Map.copyOf(sortable);
    }

    /** One page of rows. */
    public List<S> list(EntityManager entityManager, @Nullable Long authorId, Filter filter,
            List<Condition> conditions, Pageable page) {
        String jpql = "select new " + rowType.getName() + "(" + columns + ")" + from
                + where(authorId, filter, conditions) + orderBy(page.getSort());
        TypedQuery<S> query = entityManager.createQuery(jpql, rowType);
        bind(query, authorId, filter, conditions);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return query.getResultList();
    }

    /** How many rows the list has in all. */
    public long count(EntityManager entityManager, @Nullable Long authorId, Filter filter,
            List<Condition> conditions) {
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(" + alias + ")" + from + where(authorId, filter, conditions), Long.class);
        bind(query, authorId, filter, conditions);
        return query.getSingleResult();
    }

    /** A LIKE pattern for "contains these words", with the wildcard characters the person typed taken literally. */
    public static String containsPattern(String search) {
        String escaped = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private String where(@Nullable Long authorId, Filter filter, List<Condition> conditions) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (authorId != null) {
            where.append(" and ").append(alias).append(".authorId = :authorId");
        }
        if (!filter.search().isBlank()) {
            where.append(" and lower(").append(alias).append(".title) like :search escape '\\'");
        }
        if (filter.status() != null) {
            where.append(" and ").append(alias).append(".publication.status = :status");
        }
        conditions.forEach(condition -> where.append(" and ").append(condition.jpql()));
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, @Nullable Long authorId, Filter filter,
            List<Condition> conditions) {
        if (authorId != null) {
            query.setParameter("authorId", authorId);
        }
        if (!filter.search().isBlank()) {
            query.setParameter("search", containsPattern(filter.search()));
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        conditions.forEach(condition -> query.setParameter(condition.parameter(), condition.value()));
    }

    private String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> sortable.containsKey(o.getProperty()))
                .map(o -> sortable.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? alias + ".updatedAt desc" : order) + ", " + alias + ".id";
    }
}
