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

    /**
     * The tests a runner sees (as {@link #findVisibleTo}) with that runner's results, in one statement: a row per
     * result, {@code [test, result]}, and {@code [test, null]} for a test without results; by test name, then
     * oldest result first.
     */
    @Query("""
            select t, r from SelfTest t
            left join SelfTestResult r on r.selfTestId = t.id and r.personId = :personId
            where t.active = true or r.id is not null
            order by t.name, t.id, r.measuredOn, r.side, r.id""")
    List<Object[]> findVisibleWithResults(long personId);

    List<SelfTest> findByActiveTrueOrderByNameAscIdAsc();

    boolean existsByAuthorIdAndName(long authorId, String name);
}
