package app.limber.content;

import app.limber.content.StudioListQuery.Condition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A readers' list of one live kind (articles, routines), newest first, filtered in SQL: live now, visible to this
 * reader, words in the title or the summary column, a tag, an author, and whatever else the kind adds. A page is one
 * query and the count another.
 *
 * @param <R> the row each entry is projected into
 */
final class ReaderListQuery<R> {

    private final Class<R> rowType;
    private final String select;
    private final String entity;
    private final String alias;
    private final String live;
    private final String summaryColumn;

    /**
     * @param select        the projection with its {@code from}, e.g. {@code "select new ...Row(...) from Routine r"}
     * @param live          the live condition for this alias ({@link LiveContent})
     * @param summaryColumn the second column words are searched in ("excerpt", "summary")
     */
    ReaderListQuery(Class<R> rowType, String select, String entity, String alias, String live,
            String summaryColumn) {
        this.rowType = rowType;
        this.select = select;
        this.entity = entity;
        this.alias = alias;
        this.live = live;
        this.summaryColumn = summaryColumn;
    }

    /** The common filters as conditions; a kind adds its own to the list. */
    List<Condition> conditions(String words, @Nullable String tagSlug, @Nullable Long authorId) {
        List<Condition> conditions = new ArrayList<>();
        if (!words.isEmpty()) {
            conditions.add(new Condition("(lower(" + alias + ".title) like :words escape '\\' or lower(" + alias
                    + "." + summaryColumn + ") like :words escape '\\')", "words",
                    StudioListQuery.containsPattern(words)));
        }
        if (tagSlug != null) {
            conditions.add(new Condition(alias + ".id in (select tagged.id from " + entity
                    + " tagged join tagged.tags t where t.slug = :tag)", "tag", tagSlug));
        }
        if (authorId != null) {
            conditions.add(new Condition(alias + ".authorId = :author", "author", authorId));
        }
        return conditions;
    }

    List<R> list(EntityManager entityManager, List<Condition> conditions, Instant now, Collection<Visibility> visible,
            int offset, int limit) {
        TypedQuery<R> query = entityManager.createQuery(select + where(conditions) + " order by " + alias
                + ".publication.publishAt desc, " + alias + ".id desc", rowType);
        bind(query, conditions, now, visible);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(EntityManager entityManager, List<Condition> conditions, Instant now, Collection<Visibility> visible) {
        TypedQuery<Long> query = entityManager.createQuery("select count(" + alias + ") from " + entity + " "
                + alias + where(conditions), Long.class);
        bind(query, conditions, now, visible);
        return query.getSingleResult();
    }

    private String where(List<Condition> conditions) {
        StringBuilder where = new StringBuilder(" where " + live + " and " + alias + ".visibility in :visible");
        conditions.forEach(condition -> where.append(" and ").append(condition.jpql()));
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, List<Condition> conditions, Instant now,
            Collection<Visibility> visible) {
        query.setParameter("now", now).setParameter("visible", visible);
        conditions.forEach(condition -> query.setParameter(condition.parameter(), condition.value()));
    }
}
