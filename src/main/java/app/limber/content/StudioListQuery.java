package app.limber.content;

import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** What the studio lists share: a safe "title contains" pattern, an allow-listed ORDER BY, and paging. */
public final class StudioListQuery {

    private StudioListQuery() {
    }

    /** A LIKE pattern for "contains these words", with the wildcard characters the person typed taken literally. */
    public static String containsPattern(String search) {
        String escaped = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * An ORDER BY of the requested sort keys that appear in {@code sortable} (key → JPQL path), newest change first
     * when none does, and the id last so that pages never overlap.
     */
    public static String orderBy(Sort sort, Map<String, String> sortable, String alias) {
        String order = sort.stream()
                .filter(o -> sortable.containsKey(o.getProperty()))
                .map(o -> sortable.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? alias + ".updatedAt desc" : order) + ", " + alias + ".id";
    }

    /** Applies the page's window (an unpaged request reads everything). */
    public static <T> TypedQuery<T> page(TypedQuery<T> query, Pageable page) {
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return query;
    }
}
