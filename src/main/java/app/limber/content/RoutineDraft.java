package app.limber.content;

import jakarta.validation.Valid;
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
 * A routine as the studio editor holds it, detached from the database. The version is the one the editor loaded, so
 * that a save over someone else's newer change is refused instead of overwriting it.
 */
public class RoutineDraft implements PublishableDraft, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 120;
    public static final int SUMMARY_MAX = 300;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 10;

    private final long id;
    private final long version;
    private final String slug;
    private final PublishingStatus status;
    private final @Nullable Instant publishAt;

    @NotBlank(message = "Give the routine a title")
    @Size(max = TITLE_MAX, message = "Keep the title under " + TITLE_MAX + " characters")
    private String title = "";

    @Size(max = SUMMARY_MAX, message = "Keep the summary under " + SUMMARY_MAX + " characters")
    private String summary = "";

    @Size(max = BODY_MAX, message = "The text is too long (at most " + BODY_MAX + " characters)")
    private String body = "";

    @NotNull
    private Level level = Level.BEGINNER;

    @NotNull
    private Visibility visibility = Visibility.PUBLIC;

    @Size(max = TAGS_MAX, message = "Use at most " + TAGS_MAX + " tags")
    private Set<@NotBlank @Size(max = Tag.NAME_MAX) String> tags = new LinkedHashSet<>();

    @Valid
    private List<StepDraft> steps = new ArrayList<>();

    /** A picture uploaded for this routine, shown at the top of its page and on its card; or none. */
    private @Nullable Long coverImageId;

    public RoutineDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
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

    public int totalSeconds() {
        return RoutineDuration.totalSeconds(steps);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
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

    public List<StepDraft> getSteps() {
        return steps;
    }

    public void setSteps(List<StepDraft> steps) {
        this.steps = new ArrayList<>(steps);
    }

    public @Nullable Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(@Nullable Long coverImageId) {
        this.coverImageId = coverImageId;
    }
}
