package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A picture uploaded for one routine, as its cover or for one of its steps. It is shown to whoever may see the
 * routine; the bytes are in the file storage under a generated key.
 */
@Entity
@Table(name = "routine_images")
class RoutineImage extends StoredPicture {

    @Column(name = "routine_id", nullable = false, updatable = false)
    private long routineId;

    protected RoutineImage() {
    }

    RoutineImage(long routineId, String storageKey, String contentType, long sizeBytes, Instant now) {
        super(storageKey, contentType, sizeBytes, now);
        this.routineId = routineId;
    }

    long routineId() {
        return routineId;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/images/" + id;
    }
}
