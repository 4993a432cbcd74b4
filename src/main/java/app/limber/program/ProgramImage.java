package app.limber.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A program's cover picture. It is shown to whoever may see the program; the bytes are in the file storage. */
@Entity
@Table(name = "program_images")
class ProgramImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 64)
    private String storageKey = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ProgramImage() {
    }

    ProgramImage(long programId, String storageKey, String contentType, long sizeBytes, Instant now) {
        this.programId = programId;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long programId() {
        return programId;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/program-images/" + id;
    }
}
