package app.limber.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
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
public class RoutineDraft extends AuthoredDraft {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SUMMARY_MAX = 300;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 10;

    @Size(max = SUMMARY_MAX, message = "Keep the summary under " + SUMMARY_MAX + " characters")
    private String summary = "";

    @Size(max = BODY_MAX, message = "The text is too long (at most " + BODY_MAX + " characters)")
    private String body = "";

    @NotNull
    private Level level = Level.BEGINNER;

    @Size(max = TAGS_MAX, message = "Use at most " + TAGS_MAX + " tags")
    private Set<@NotBlank @Size(max = Tag.NAME_MAX) String> tags = new LinkedHashSet<>();

    @Valid
    private List<StepDraft> steps = new ArrayList<>();

    public RoutineDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
        super(id, version, slug, status, publishAt);
    }

    @Override
    @NotBlank(message = "Give the routine a title")
    public String getTitle() {
        return super.getTitle();
    }

    public int totalSeconds() {
        return RoutineDuration.totalSeconds(steps);
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
}
