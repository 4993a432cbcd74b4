package app.limber.content;

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

/** A stored picture in one of the {@link PictureSize}s, made from the uploaded file with key {@code sourceKey}. */
@Entity
@Table(name = "picture_renditions")
class PictureRendition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_key", nullable = false, updatable = false, length = 64)
    private String sourceKey = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "size_name", nullable = false, updatable = false, length = 10)
    private PictureSize size = PictureSize.CARD;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 64)
    private String storageKey = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType = "";

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected PictureRendition() {
    }

    PictureRendition(String sourceKey, PictureSize size, String storageKey, String contentType, int width, int height,
            Instant now) {
        this.sourceKey = sourceKey;
        this.size = size;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.createdAt = now;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }
}
