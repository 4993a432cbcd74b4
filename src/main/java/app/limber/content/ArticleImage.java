package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article's cover picture. It is shown to whoever may see the article; the bytes are in the file storage. */
@Entity
@Table(name = "article_images")
class ArticleImage extends StoredPicture {

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    protected ArticleImage() {
    }

    ArticleImage(long articleId, String storageKey, String contentType, long sizeBytes, Instant now) {
        super(storageKey, contentType, sizeBytes, now);
        this.articleId = articleId;
    }

    long articleId() {
        return articleId;
    }

    /** Where pages load the picture from. */
    static String url(long id) {
        return "/media/article-images/" + id;
    }
}
