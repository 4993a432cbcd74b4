package app.limber.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepFeedbackRepository extends JpaRepository<StepFeedback, Long> {

    List<StepFeedback> findByEnrolmentIdAndDayNumberAndPersonId(long enrolmentId, int dayNumber, long personId);

    Optional<StepFeedback> findByEnrolmentIdAndDayNumberAndRoutineIdAndStepIndex(long enrolmentId, int dayNumber,
            long routineId, int stepIndex);
}
