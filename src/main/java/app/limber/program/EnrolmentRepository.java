package app.limber.program;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    String VIEW = "select new app.limber.program.MyEnrolment(e.id, e.personId, p.id, p.title, p.slug, p.lengthDays,"
            + " e.startDate, e.status, e.pausedOn) from Enrolment e join Program p on p.id = e.programId";

    List<Enrolment> findByPersonIdOrderByCreatedAt(long personId);

    boolean existsByPersonIdAndProgramIdAndStatusIn(long personId, long programId,
            Collection<EnrolmentStatus> statuses);

    boolean existsByPersonIdAndProgramId(long personId, long programId);

    @Query(VIEW + " where e.personId = :personId order by e.createdAt desc, e.id desc")
    List<MyEnrolment> findViewsByPersonId(long personId);

    @Query(VIEW + " where e.personId = :personId and e.programId = :programId"
            + " and e.status in (app.limber.program.EnrolmentStatus.ACTIVE, app.limber.program.EnrolmentStatus.PAUSED)")
    List<MyEnrolment> findOpenView(long personId, long programId);

    @Query(VIEW + " where e.id = :id")
    java.util.Optional<MyEnrolment> findViewById(long id);

    @Modifying
    @Query("delete from Enrolment e where e.personId = :personId")
    int deleteByPersonId(long personId);
}
