package app.limber.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionCompletionRepository extends JpaRepository<SessionCompletion, Long> {

    Optional<SessionCompletion> findByEnrolmentIdAndDayNumber(long enrolmentId, int dayNumber);

    List<SessionCompletion> findByEnrolmentIdOrderByDayNumber(long enrolmentId);
}
