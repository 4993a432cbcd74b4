package app.limber.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SelfTestResultRepository extends JpaRepository<SelfTestResult, Long> {

    @Query("select r from SelfTestResult r where r.personId = :personId order by r.selfTestId, r.measuredOn, r.side, r.id")
    List<SelfTestResult> findByPerson(long personId);

    @Query("""
            select r from SelfTestResult r where r.personId = :personId and r.selfTestId = :testId
            order by r.measuredOn desc, r.side desc, r.id desc""")
    List<SelfTestResult> findNewest(long personId, long testId, org.springframework.data.domain.Pageable page);

    @Modifying
    @Query("delete from SelfTestResult r where r.personId = :personId")
    int deleteByPerson(long personId);
}
