package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A runner in a program from a start date (day 1). Programs and people are referred to by id. */
@Entity
@Table(name = "enrolments")
class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

    @Column(name = "paused_on")
    private @Nullable LocalDate pausedOn;

    @Column(name = "enrolled_by", updatable = false)
    private @Nullable Long enrolledBy;

    /** SHA-256 of the secret in the calendar feed's address; null when the feed is off or revoked. */
    @Column(name = "calendar_token_hash", length = 64)
    private @Nullable String calendarTokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Enrolment() {
        this.startDate = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Enrolment(long personId, long programId, LocalDate startDate, @Nullable Long enrolledBy, Instant now) {
        this.personId = personId;
        this.programId = programId;
        this.startDate = startDate;
        this.enrolledBy = enrolledBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long personId() {
        return personId;
    }

    long programId() {
        return programId;
    }

    LocalDate startDate() {
        return startDate;
    }

    EnrolmentStatus status() {
        return status;
    }

    @Nullable LocalDate pausedOn() {
        return pausedOn;
    }

    @Nullable Long enrolledBy() {
        return enrolledBy;
    }

    @Nullable String calendarTokenHash() {
        return calendarTokenHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    void pause(LocalDate today, Instant now) {
        status = EnrolmentStatus.PAUSED;
        pausedOn = today;
        updatedAt = now;
    }

    /** Resumes where the runner paused: the start date moves on by the days spent paused, so no day is lost. */
    void resume(LocalDate newStartDate, Instant now) {
        status = EnrolmentStatus.ACTIVE;
        pausedOn = null;
        startDate = newStartDate;
        updatedAt = now;
    }

    void close(EnrolmentStatus closedAs, Instant now) {
        if (closedAs.isOpen()) {
            throw new IllegalArgumentException("Not a closing status: " + closedAs);
        }
        status = closedAs;
        pausedOn = null;
        calendarTokenHash = null;
        updatedAt = now;
    }

    void setCalendarTokenHash(@Nullable String hash, Instant now) {
        calendarTokenHash = hash;
        updatedAt = now;
    }
}
