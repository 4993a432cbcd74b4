package app.limber.progress;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfTestRepository extends JpaRepository<SelfTest, Long> {

    String SUMMARY = "select new app.limber.progress.SelfTestSummary(t.id, t.name, t.unit, t.higherIsBetter, "
            + "t.perSide, t.active, t.updatedAt) from SelfTest t ";

    @Query(SUMMARY + "where lower(t.name) like :pattern escape '\\'")
    List<SelfTestSummary> listAll(String pattern, Pageable page);

    @Query(SUMMARY + "where t.authorId = :authorId and lower(t.name) like :pattern escape '\\'")
    List<SelfTestSummary> listByAuthor(long authorId, String pattern, Pageable page);

    @Query("select count(t) from SelfTest t where lower(t.name) like :pattern escape '\\'")
    long countAll(String pattern);

    @Query("select count(t) from SelfTest t where t.authorId = :authorId and lower(t.name) like :pattern escape '\\'")
    long countByAuthor(long authorId, String pattern);

    /** The tests a runner sees: every active one, and retired ones they have results for. */
    @Query("""
            select t from SelfTest t
            where t.active = true
               or t.id in (select r.selfTestId from SelfTestResult r where r.personId = :personId)
            order by t.name, t.id""")
    List<SelfTest> findVisibleTo(long personId);

    List<SelfTest> findByActiveTrueOrderByNameAscIdAsc();

    boolean existsByAuthorIdAndName(long authorId, String name);
}
