package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Where a runner left a session mid-way: the step to resume at. */
@Entity
@Table(name = "session_places")
@IdClass(SessionPlace.Key.class)
class SessionPlace {

    record Key(long enrolmentId, int dayNumber) implements Serializable {
    }

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Id
    @Column(name = "day_number")
    private int dayNumber;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionPlace() {
        this.updatedAt = Instant.EPOCH;
    }
}
