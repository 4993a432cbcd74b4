package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded picture: which stored file holds it, of what type and size. Routines, articles and programs each own
 * theirs.
 */
@MappedSuperclass
public abstract class StoredPicture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 64)
    private String storageKey = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected StoredPicture() {
    }

    protected StoredPicture(String storageKey, String contentType, long sizeBytes, Instant now) {
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public String storageKey() {
        return storageKey;
    }

    public String contentType() {
        return contentType;
    }
}
