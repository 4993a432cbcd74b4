package app.limber.program;

import app.limber.content.ProgramOffer;
import app.limber.content.PublishingStatus;
import app.limber.content.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long>, ProgramListQueries {

    /** {@code Publication.isLive} as JPQL for alias {@code p}; binds {@code :now}. */
    String LIVE = "(p.publication.status = app.limber.content.PublishingStatus.PUBLISHED"
            + " or (p.publication.status = app.limber.content.PublishingStatus.SCHEDULED"
            + " and p.publication.publishAt <= :now))";

    @Query("select distinct p from Program p left join fetch p.days where p.slug = :slug")
    Optional<Program> findBySlugWithDays(String slug);

    @Query("select distinct p from Program p left join fetch p.days where p.id = :id")
    Optional<Program> findByIdWithDays(long id);

    boolean existsBySlugAndIdNot(String slug, long id);

    Optional<Program> findBySlug(String slug);

    @Query("select new app.limber.program.ProgramCard(p.id, p.slug, p.title, p.description, p.lengthDays,"
            + " p.visibility, p.coverImageId) from Program p where " + LIVE + " and p.visibility in :visibilities"
            + " order by p.publication.publishAt desc, p.id desc")
    List<ProgramCard> findLiveCards(Instant now, Collection<Visibility> visibilities);

    /** Programs in these publishing states as call-to-action choices, by title. */
    @Query("select new app.limber.content.ProgramOffer(p.id, p.title, p.slug) from Program p"
            + " where p.publication.status in :statuses order by lower(p.title), p.id")
    List<ProgramOffer> findOffers(Collection<PublishingStatus> statuses);

    /** Every live program's page and its latest change, for the sitemap. */
    @Query("select new app.limber.program.ProgramIndex$Row(p.slug, p.updatedAt, p.publication.publishAt)"
            + " from Program p where " + LIVE + " order by p.publication.publishAt desc, p.id desc")
    List<ProgramIndex.Row> findLiveIndex(Instant now);

    /** The authors of live programs, each with the latest change among theirs, for the sitemap. */
    @Query("select new app.limber.content.AuthorRow(p.authorId, max(p.updatedAt), max(p.publication.publishAt))"
            + " from Program p where " + LIVE + " group by p.authorId")
    List<app.limber.content.AuthorRow> findLiveAuthors(Instant now);

    @Query("select new app.limber.program.ProgramCard(p.id, p.slug, p.title, p.description, p.lengthDays,"
            + " p.visibility, p.coverImageId) from Program p where p.authorId = :authorId and " + LIVE
            + " and p.visibility in :visibilities order by p.publication.publishAt desc, p.id desc")
    List<ProgramCard> findLiveCardsBy(long authorId, Instant now, Collection<Visibility> visibilities);

    /** Scheduled programs whose time has come become published (the studio list then says so). */
    @Modifying
    @Query("update Program x set x.publication.status = app.limber.content.PublishingStatus.PUBLISHED "
            + "where x.publication.status = app.limber.content.PublishingStatus.SCHEDULED and x.publication.publishAt <= :now")
    int publishDue(Instant now);
}
