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
public class ArticleDraft extends AuthoredDraft {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int EXCERPT_MAX = 300;
    public static final int BODY_MAX = 50_000;
    public static final int TAGS_MAX = 10;
    public static final int ROUTINES_MAX = 12;

    @Size(max = EXCERPT_MAX, message = "Keep the excerpt under " + EXCERPT_MAX + " characters")
    private String excerpt = "";

    @Size(max = BODY_MAX, message = "The text is too long (at most " + BODY_MAX + " characters)")
    private String body = "";

    @Size(max = TAGS_MAX, message = "Use at most " + TAGS_MAX + " tags")
    private Set<@NotBlank @Size(max = Tag.NAME_MAX) String> tags = new LinkedHashSet<>();

    @Size(max = ROUTINES_MAX, message = "Link at most " + ROUTINES_MAX + " routines")
    private List<@NotNull LinkedRoutine> routines = new ArrayList<>();

    private @Nullable ProgramOffer callToAction;

    /** A routine shown under the article, by id; the title is for the editor only. */
    public record LinkedRoutine(long id, String title) implements Serializable {
    }

    public ArticleDraft(long id, long version, String slug, PublishingStatus status, @Nullable Instant publishAt) {
        super(id, version, slug, status, publishAt);
    }

    @Override
    @NotBlank(message = "Give the article a title")
    public String getTitle() {
        return super.getTitle();
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

    /** The program the article invites its readers into ("Start this program"), or none. */
    public @Nullable ProgramOffer getCallToAction() {
        return callToAction;
    }

    public void setCallToAction(@Nullable ProgramOffer callToAction) {
        this.callToAction = callToAction;
    }
}
