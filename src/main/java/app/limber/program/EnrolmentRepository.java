package app.limber.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByPersonIdOrderByCreatedAt(long personId);
}
