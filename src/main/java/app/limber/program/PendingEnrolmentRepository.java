package app.limber.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PendingEnrolmentRepository extends JpaRepository<PendingEnrolment, Long> {

    List<PendingEnrolment> findByPersonId(long personId);

    boolean existsByPersonIdAndProgramId(long personId, long programId);
}
