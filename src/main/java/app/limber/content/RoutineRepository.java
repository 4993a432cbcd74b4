package app.limber.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RoutineRepository extends JpaRepository<Routine, Long>, RoutineListQueries {

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    @Query("select r from Routine r left join fetch r.steps where r.slug = :slug")
    Optional<Routine> findBySlugWithSteps(String slug);

    @Query("select r from Routine r left join fetch r.steps where r.id = :id")
    Optional<Routine> findByIdWithSteps(long id);

    String CARD = "select new app.limber.content.RoutineCard(r.id, r.slug, r.title, r.summary, r.level,"
            + " r.totalSeconds, r.coverImageId) from Routine r";

    @Query(CARD + " where " + LiveContent.ROUTINE + " and r.visibility in :visibilities"
            + " order by r.publication.publishAt desc, r.id desc")
    List<RoutineCard> findLatestLive(Instant now, Collection<Visibility> visibilities, Limit limit);

    @Query(CARD + " join r.tags t where t.slug = :tagSlug and " + LiveContent.ROUTINE
            + " and r.visibility in :visibilities order by r.publication.publishAt desc, r.id desc")
    List<RoutineCard> findLiveByTag(String tagSlug, Instant now, Collection<Visibility> visibilities);

    @Query("select new app.limber.content.RoutineTitle(r.id, r.title, r.authorId) from Routine r where r.id in :ids")
    List<RoutineTitle> findTitles(Collection<Long> ids);

    /** Every live routine's slug and dates, for the sitemap. */
    @Query("select new app.limber.content.IndexRow(r.slug, r.updatedAt, r.publication.publishAt) from Routine r"
            + " where " + LiveContent.ROUTINE + " order by r.publication.publishAt desc, r.id desc")
    List<IndexRow> findLiveIndex(Instant now);

    /** The authors of live routines, each with the latest change among theirs, for the sitemap. */
    @Query("select new app.limber.content.AuthorRow(r.authorId, max(r.updatedAt), max(r.publication.publishAt))"
            + " from Routine r where " + LiveContent.ROUTINE + " group by r.authorId")
    List<AuthorRow> findLiveAuthors(Instant now);

    /** The tags of live routines, each with the latest change among them, for the sitemap. */
    @Query("select new app.limber.content.IndexRow(t.slug, max(r.updatedAt), max(r.publication.publishAt))"
            + " from Routine r join r.tags t where " + LiveContent.ROUTINE + " group by t.slug")
    List<IndexRow> findLiveTagIndex(Instant now);

    /** Scheduled items whose time has come become published; see {@link ScheduledPublishing}. */
    @Modifying
    @Query("update Routine x set x.publication.status = app.limber.content.PublishingStatus.PUBLISHED "
            + "where x.publication.status = app.limber.content.PublishingStatus.SCHEDULED and x.publication.publishAt <= :now")
    int publishDue(java.time.Instant now);
}
