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

/** An article's cover picture. It is shown to whoever may see the article; the bytes are in the file storage. */
@Entity
@Table(name = "article_images")
class ArticleImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 64)
    private String storageKey = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ArticleImage() {
    }

    ArticleImage(long articleId, String storageKey, String contentType, long sizeBytes, Instant now) {
        this.articleId = articleId;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long articleId() {
        return articleId;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/article-images/" + id;
    }
}
