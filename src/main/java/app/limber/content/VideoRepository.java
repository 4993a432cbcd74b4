package app.limber.content;

import java.util.List;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VideoRepository extends JpaRepository<Video, Long> {

    String SUMMARY = "select new app.limber.content.VideoSummary(v.id, v.title, v.source, v.provider, "
            + "v.durationSeconds, v.visibility, v.updatedAt) from Video v ";

    @Query(SUMMARY + "where lower(v.title) like :pattern escape '\\'")
    List<VideoSummary> listAll(String pattern, Pageable page);

    @Query(SUMMARY + "where v.authorId = :authorId and lower(v.title) like :pattern escape '\\'")
    List<VideoSummary> listByAuthor(long authorId, String pattern, Pageable page);

    @Query("select count(v) from Video v where lower(v.title) like :pattern escape '\\'")
    long countAll(String pattern);

    @Query("select count(v) from Video v where v.authorId = :authorId and lower(v.title) like :pattern escape '\\'")
    long countByAuthor(long authorId, String pattern);

    @Query("select v from Video v left join fetch v.chapters where v.id = :id")
    Optional<Video> findWithChapters(long id);

    @Query("select distinct v from Video v left join fetch v.chapters where v.id in :ids")
    List<Video> findAllWithChapters(Collection<Long> ids);
}
