package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A picture uploaded for one routine, as its cover or for one of its steps. It is shown to whoever may see the
 * routine; the bytes are in the file storage under a generated key.
 */
@Entity
@Table(name = "routine_images")
class RoutineImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "routine_id", nullable = false, updatable = false)
    private long routineId;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 64)
    private String storageKey = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected RoutineImage() {
    }

    RoutineImage(long routineId, String storageKey, String contentType, long sizeBytes, Instant now) {
        this.routineId = routineId;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long routineId() {
        return routineId;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/images/" + id;
    }
}
