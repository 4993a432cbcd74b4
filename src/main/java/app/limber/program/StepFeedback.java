package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A runner's mark on one step of one session ("too hard" or "felt good"): at most one per step and session, and the
 * runner may change it. The step's name is copied in, so counts still read right after the routine is edited.
 */
@Entity
@Table(name = "step_feedback")
class StepFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "day_number", nullable = false, updatable = false)
    private int dayNumber;

    @Column(name = "routine_id", nullable = false, updatable = false)
    private long routineId;

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Column(name = "step_name", nullable = false, length = 200)
    private String stepName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StepVerdict verdict;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StepFeedback() {
        this.stepName = "";
        this.verdict = StepVerdict.FELT_GOOD;
        this.updatedAt = Instant.EPOCH;
    }

    StepFeedback(long enrolmentId, long personId, int dayNumber, long routineId, int stepIndex, String stepName,
            StepVerdict verdict, Instant now) {
        this.enrolmentId = enrolmentId;
        this.personId = personId;
        this.dayNumber = dayNumber;
        this.routineId = routineId;
        this.stepIndex = stepIndex;
        this.stepName = stepName.length() > 200 ? stepName.substring(0, 200) : stepName;
        this.verdict = verdict;
        this.updatedAt = now;
    }

    long routineId() {
        return routineId;
    }

    int stepIndex() {
        return stepIndex;
    }

    StepVerdict verdict() {
        return verdict;
    }

    void change(StepVerdict newVerdict, Instant now) {
        verdict = newVerdict;
        updatedAt = now;
    }
}
