package app.limber.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article as the studio editor holds it, detached from the database. The version is the one the editor loaded, so
 * that a save over someone else's newer change is refused instead of overwriting it.
 */
public class ArticleDraft implements PublishableDraft, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 120;
    public static final int EXCERPT_MAX = 300;
    public static final int BODY_MAX = 50_000;
    public static final int TAGS_MAX = 10;
    public static final int ROUTINES_MAX = 12;

    private final long id;
    private final long version;
    private final String slug;
    private final PublishingStatus status;
    private final @Nullable Instant publishAt;

    @NotBlank(message = "Give the article a title")
    @Size(max = TITLE_MAX, message = "Keep the title under " + TITLE_MAX + " characters")
    private String title = "";

    @Size(max = EXCERPT_MAX, message = "Keep the excerpt under " + EXCERPT_MAX + " characters")
    private String excerpt = "";

    @Size(max = BODY_MAX, message = "The text is too long (at most " + BODY_MAX + " characters)")
    private String body = "";

    private @Nullable Long coverImageId;

    @NotNull
    private Visibility visibility = Visibility.PUBLIC;

    @Size(max = TAGS_MAX, message = "Use at most " + TAGS_MAX + " tags")
    private Set<@NotBlank @Size(max = Tag.NAME_MAX) String> tags = new LinkedHashSet<>();

    @Size(max = ROUTINES_MAX, message = "Link at most " + ROUTINES_MAX + " routines")
    private List<@NotNull LinkedRoutine> routines = new ArrayList<>();

    /** A routine shown under the article, by id; the title is for the editor only. */
    public record LinkedRoutine(long id, String title) implements Serializable {
    }

    public ArticleDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
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

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt == null ? "" : excerpt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public @Nullable Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(@Nullable Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = new LinkedHashSet<>(tags);
    }

    /** The linked routines in the order readers see them. */
    public List<LinkedRoutine> getRoutines() {
        return routines;
    }

    public void setRoutines(List<LinkedRoutine> routines) {
        this.routines = new ArrayList<>(routines);
    }
}
