package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A completed session: one day of an enrolment, done. At most one per enrolment and day (a second "Done" changes
 * nothing). What was practised is copied in, so the record survives later edits of the program.
 */
@Entity
@Table(name = "session_completions")
class SessionCompletion {

    static final int NOTE_MAX = 1000;

    /** How long after finishing a session its note may still be changed. */
    static final java.time.Duration NOTE_EDITABLE_FOR = java.time.Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "day_number", nullable = false, updatable = false)
    private int dayNumber;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    /** The runner's local date when they finished, in their own time zone: calendars and streaks count this. */
    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "practised_seconds", nullable = false, updatable = false)
    private int practisedSeconds;

    @Column(name = "routine_titles", nullable = false, updatable = false, length = 1000)
    private String routineTitles;

    /** How it felt, 1 (hard) to 5 (great), if the runner said. */
    private @Nullable Short feel;

    @Column(nullable = false, length = NOTE_MAX)
    private String note = "";

    protected SessionCompletion() {
        this.completedAt = Instant.EPOCH;
        this.completedOn = LocalDate.EPOCH;
        this.routineTitles = "";
    }

    SessionCompletion(long enrolmentId, long personId, int dayNumber, Instant completedAt, LocalDate completedOn,
            int practisedSeconds, String routineTitles, @Nullable Integer feel, String note) {
        this.enrolmentId = enrolmentId;
        this.personId = personId;
        this.dayNumber = dayNumber;
        this.completedAt = completedAt;
        this.completedOn = completedOn;
        this.practisedSeconds = practisedSeconds;
        this.routineTitles = routineTitles;
        this.feel = feel == null ? null : feel.shortValue();
        this.note = note.strip();
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long enrolmentId() {
        return enrolmentId;
    }

    long personId() {
        return personId;
    }

    int dayNumber() {
        return dayNumber;
    }

    Instant completedAt() {
        return completedAt;
    }

    LocalDate completedOn() {
        return completedOn;
    }

    int practisedSeconds() {
        return practisedSeconds;
    }

    String routineTitles() {
        return routineTitles;
    }

    @Nullable Integer feel() {
        return feel == null ? null : feel.intValue();
    }

    String note() {
        return note;
    }

    /** Until when the runner may still change the note: a week after finishing. */
    Instant noteEditableUntil() {
        return completedAt.plus(NOTE_EDITABLE_FOR);
    }

    void changeNote(String newNote) {
        note = newNote.strip();
    }
}
