package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone who signed up from a program's page, to be enrolled in it once their email is confirmed. */
@Entity
@Table(name = "pending_enrolments")
class PendingEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected PendingEnrolment() {
    }

    PendingEnrolment(long personId, long programId, Instant now) {
        this.personId = personId;
        this.programId = programId;
        this.createdAt = now;
    }

    long programId() {
        return programId;
    }
}
