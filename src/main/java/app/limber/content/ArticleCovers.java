package app.limber.content;

import app.limber.account.SignedInPerson;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles' cover pictures: uploaded straight into the file storage (content-checked, size-capped, generated names)
 * by the article's author or an admin, and served to whoever may read the article.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ArticleCovers {

    private final ArticleRepository articles;
    private final ArticleImageRepository images;
    private final PictureUploads pictures;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ArticleCovers(ArticleRepository articles, ArticleImageRepository images, PictureUploads pictures,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.articles = articles;
        this.images = images;
        this.pictures = pictures;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public long maxBytes() {
        return pictures.maxBytes();
    }

    /** Where pages load a cover picture from. */
    public static String url(long imageId) {
        return ArticleImage.url(imageId);
    }

    /** Stores a new cover picture for the article and returns its id; the article uses it once saved with it. */
    public long upload(long articleId, InputStream content) {
        transaction.executeWithoutResult(status -> requireEditable(articleId));
        return pictures.storeAndRecord(content, stored -> Objects.requireNonNull(transaction.execute(
                status -> images.save(new ArticleImage(articleId, stored.storageKey(), stored.contentType(),
                        stored.sizeBytes(), clock.instant())).id())));
    }

    /** Refuses a cover that isn't one of this article's own pictures. */
    void requireOwnPicture(long articleId, @Nullable Long imageId) {
        if (imageId != null && images.findById(imageId).filter(image -> image.articleId() == articleId).isEmpty()) {
            throw new IllegalArgumentException("That cover picture doesn't belong to this article. Upload it again.");
        }
    }

    /**
     * A cover for the media endpoint: for the author and admins always, for everyone while the article is live (a
     * members-only article's cover is part of its public teaser).
     */
    @PreAuthorize("permitAll()")
    public Optional<MediaFile> open(long imageId) {
        return transaction.execute(status -> images.findById(imageId)
                .filter(image -> articles.findById(image.articleId())
                        .filter(article -> mayViewCover(article, image)).isPresent())
                .map(image -> pictures.open(image.storageKey(), image.contentType())));
    }

    /** A cover in one of the page sizes, for whoever may see the article (as {@link #open}). */
    @PreAuthorize("permitAll()")
    public Optional<PictureFile> openSize(long imageId, PictureSize size) {
        return Optional.ofNullable(transaction.execute(status -> images.findById(imageId)
                .flatMap(image -> articles.findById(image.articleId()).filter(article -> mayViewCover(article, image))
                        .map(article -> new Source(image, article.coverForEveryone(clock.instant()))))
                .orElse(null)))
                .map(source -> new PictureFile(pictures.openSize(source.image().storageKey(),
                        source.image().contentType(), size), source.forEveryone()));
    }

    private record Source(ArticleImage image, boolean forEveryone) {
    }

    private void requireEditable(long articleId) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new IllegalArgumentException("This article no longer exists."));
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && caller.personId() != article.authorId()) {
            throw new AccessDeniedException("Only the author or an admin may change this article");
        }
    }

    /** The article's current cover follows {@link AuthoredContent#coverVisibleTo}; other uploads its visibility. */
    private boolean mayViewCover(Article article, ArticleImage image) {
        SignedInPerson caller = SignedInPerson.currentOrNull();
        return Objects.equals(article.coverImageId(), image.id())
                ? article.coverVisibleTo(caller, clock.instant()) : article.visibleTo(caller, clock.instant());
    }
}
