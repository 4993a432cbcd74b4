package app.limber.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long>, ArticleListQueries {

    String ROW = "select new app.limber.content.ArticleRow(a.id, a.slug, a.title, a.excerpt, a.publication.publishAt,"
            + " a.authorId, a.coverImageId) from Article a";

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    @Query("select a from Article a left join fetch a.tags where a.id = :id")
    Optional<Article> findByIdWithTags(long id);

    @Query("select a from Article a left join fetch a.tags where a.slug = :slug and " + LiveContent.ARTICLE
            + " and a.visibility in :visibilities")
    Optional<Article> findLiveBySlug(String slug, Instant now, Collection<Visibility> visibilities);

    /** The linked routines of an article that are live and visible, in the article's order. */
    @Query("select new app.limber.content.RoutineCard(r.id, r.slug, r.title, r.summary, r.level, r.totalSeconds)"
            + " from Article a join a.routineIds linked join Routine r on r.id = linked"
            + " where a.id = :articleId and " + LiveContent.ROUTINE + " and r.visibility in :visibilities"
            + " order by index(linked)")
    List<RoutineCard> findLinkedLiveRoutines(long articleId, Instant now, Collection<Visibility> visibilities);

    @Query(ROW + " where " + LiveContent.ARTICLE + " and a.visibility in :visibilities"
            + " order by a.publication.publishAt desc, a.id desc")
    List<ArticleRow> findLatestLive(Instant now, Collection<Visibility> visibilities, Limit limit);

    @Query(ROW + " join a.tags t where t.slug = :tagSlug and " + LiveContent.ARTICLE
            + " and a.visibility in :visibilities order by a.publication.publishAt desc, a.id desc")
    List<ArticleRow> findLiveByTag(String tagSlug, Instant now, Collection<Visibility> visibilities);

    /** Every live article's slug and dates, for the sitemap. */
    @Query("select new app.limber.content.IndexRow(a.slug, a.updatedAt, a.publication.publishAt) from Article a"
            + " where " + LiveContent.ARTICLE + " order by a.publication.publishAt desc, a.id desc")
    List<IndexRow> findLiveIndex(Instant now);

    /** The authors of live articles, each with the latest change among theirs, for the sitemap. */
    @Query("select new app.limber.content.AuthorRow(a.authorId, max(a.updatedAt), max(a.publication.publishAt))"
            + " from Article a where " + LiveContent.ARTICLE + " group by a.authorId")
    List<AuthorRow> findLiveAuthors(Instant now);

    /** The tags of live articles, each with the latest change among them, for the sitemap. */
    @Query("select new app.limber.content.IndexRow(t.slug, max(a.updatedAt), max(a.publication.publishAt))"
            + " from Article a join a.tags t where " + LiveContent.ARTICLE + " group by t.slug")
    List<IndexRow> findLiveTagIndex(Instant now);

    /** The newest live articles of either visibility, for the feed. */
    @Query("select a from Article a where " + LiveContent.ARTICLE
            + " order by a.publication.publishAt desc, a.id desc")
    List<Article> findLatestLiveArticles(Instant now, Limit limit);

    /** Scheduled items whose time has come become published; see {@link ScheduledPublishing}. */
    @Modifying
    @Query("update Article x set x.publication.status = app.limber.content.PublishingStatus.PUBLISHED "
            + "where x.publication.status = app.limber.content.PublishingStatus.SCHEDULED and x.publication.publishAt <= :now")
    int publishDue(java.time.Instant now);
}
