package app.limber.content;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the studio editor holds for any authored item (routine, article, program), detached from the database: which
 * item and address, where it is in the publishing workflow, its title, who may see it and its cover picture. The
 * version is the one the editor loaded, so that a save over someone else's newer change is refused instead of
 * overwriting it.
 * <p>
 * The "title required" message names the kind ("Give the routine a title"), so each subclass states it with
 * {@code @NotBlank} on its {@link #getTitle()} override; the length rule is shared and lives here.
 */
public abstract class AuthoredDraft implements PublishableDraft, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = AuthoredContent.TITLE_MAX;

    private final long id;
    private final long version;
    private final String slug;
    private final PublishingStatus status;
    private final @Nullable Instant publishAt;

    @Size(max = TITLE_MAX, message = "Keep the title under " + TITLE_MAX + " characters")
    private String title = "";

    @NotNull
    private Visibility visibility = Visibility.PUBLIC;

    /** A picture uploaded for this item, shown at the top of its page and on its card; or none. */
    private @Nullable Long coverImageId;

    protected AuthoredDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
        this.id = id;
        this.version = version;
        this.slug = slug;
        this.status = status;
        this.publishAt = publishAt;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    @Override
    public PublishingStatus getStatus() {
        return status;
    }

    public @Nullable Instant getPublishAt() {
        return publishAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public @Nullable Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(@Nullable Long coverImageId) {
        this.coverImageId = coverImageId;
    }
}
