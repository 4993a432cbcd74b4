package app.limber.content;

import app.limber.account.SignedInPerson;
import app.limber.platform.storage.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Articles' cover pictures: uploaded straight into the file storage (content-checked, size-capped, generated names)
 * by the article's author or an admin, and served to whoever may read the article.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ArticleCovers {

    private static final Logger log = LoggerFactory.getLogger(ArticleCovers.class);

    private final ArticleRepository articles;
    private final ArticleImageRepository images;
    private final FileStorage storage;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    ArticleCovers(ArticleRepository articles, ArticleImageRepository images, FileStorage storage,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${limber.images.max-size:2MB}") DataSize maxSize) {
        this.articles = articles;
        this.images = images;
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Where pages load a cover picture from. */
    public static String url(long imageId) {
        return ArticleImage.url(imageId);
    }

    /** Stores a new cover picture for the article and returns its id; the article uses it once saved with it. */
    public long upload(long articleId, InputStream content) {
        transaction.executeWithoutResult(status -> requireEditable(articleId));
        CheckedUpload stored = CheckedUpload.store(storage, content, CheckedUpload.PICTURES,
                RoutineService.NOT_A_PICTURE, maxBytes,
                "The picture is larger than " + DataSizes.format(maxBytes) + ". Use a smaller one.");
        try {
            return Objects.requireNonNull(transaction.execute(status -> images.save(new ArticleImage(articleId,
                    stored.file().key(), stored.type().contentType(), stored.file().size(), clock.instant())).id()));
        } catch (RuntimeException failure) {
            try {
                storage.delete(stored.file().key());
            } catch (IOException | RuntimeException cleanup) {
                log.warn("Could not delete stored file {}", stored.file().key(), cleanup);
            }
            throw failure;
        }
    }

    /** Refuses a cover that isn't one of this article's own pictures. */
    void requireOwnPicture(long articleId, @Nullable Long imageId) {
        if (imageId != null && images.findById(imageId).filter(image -> image.articleId() == articleId).isEmpty()) {
            throw new IllegalArgumentException("That cover picture doesn't belong to this article. Upload it again.");
        }
    }

    /** A cover for the media endpoint: for the author and admins always, for readers while the article is live. */
    @PreAuthorize("permitAll()")
    public Optional<MediaFile> open(long imageId) {
        return transaction.execute(status -> images.findById(imageId)
                .filter(image -> articles.findById(image.articleId()).filter(this::mayView).isPresent())
                .map(image -> image.asMediaFile(storage.resource(image.storageKey()))));
    }

    private void requireEditable(long articleId) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new IllegalArgumentException("This article no longer exists."));
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && caller.personId() != article.authorId()) {
            throw new AccessDeniedException("Only the author or an admin may change this article");
        }
    }

    private boolean mayView(Article article) {
        return article.visibleTo(SignedInPerson.currentOrNull(), clock.instant());
    }
}
