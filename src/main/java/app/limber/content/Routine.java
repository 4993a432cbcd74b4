package app.limber.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A routine: an ordered list of steps with a title, text and tags, written by one instructor. */
@Entity
@Table(name = "routines")
class Routine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = RoutineDraft.TITLE_MAX)
    private String title;

    /** Set once from the first title and never changed, so links keep working when the title does. */
    @Column(nullable = false, length = 140)
    private String slug;

    @Column(nullable = false, length = RoutineDraft.SUMMARY_MAX)
    private String summary = "";

    @Column(nullable = false)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level = Level.BEGINNER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Embedded
    private Publication publication = new Publication();

    @Column(name = "cover_image_id")
    private @Nullable Long coverImageId;

    @Column(name = "total_seconds", nullable = false)
    private int totalSeconds;

    @OneToMany(mappedBy = "routine", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RoutineStep> steps = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "routine_tags", joinColumns = @JoinColumn(name = "routine_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Routine() {
        this.title = "";
        this.slug = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Routine(long authorId, String title, String slug, Instant now) {
        this.authorId = authorId;
        this.title = title.strip();
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long authorId() {
        return authorId;
    }

    long version() {
        return version;
    }

    String slug() {
        return slug;
    }

    /** A new address while the item is still a never-published draft; see {@link Publication#slugFollowsTitle}. */
    void followTitle(String newSlug) {
        if (publication.slugFollowsTitle()) {
            slug = newSlug;
        }
    }

    String title() {
        return title;
    }

    Publication publication() {
        return publication;
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable Long coverImageId() {
        return coverImageId;
    }

    List<RoutineStep> steps() {
        return java.util.Collections.unmodifiableList(steps);
    }

    void apply(RoutineDraft draft, Set<Tag> resolvedTags, Instant now) {
        title = draft.getTitle().strip();
        summary = draft.getSummary().strip();
        body = draft.getBody();
        level = draft.getLevel();
        visibility = draft.getVisibility();
        coverImageId = draft.getCoverImageId();
        tags.clear();
        tags.addAll(resolvedTags);
        steps.clear();
        int position = 0;
        for (StepDraft step : draft.getSteps()) {
            steps.add(new RoutineStep(this, position++, step));
        }
        totalSeconds = draft.totalSeconds();
        touch(now);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    RoutineDraft toDraft() {
        RoutineDraft draft = new RoutineDraft(id(), version, slug, publication.status(), publication.publishAt());
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setBody(body);
        draft.setLevel(level);
        draft.setVisibility(visibility);
        draft.setCoverImageId(coverImageId);
        draft.setTags(tags.stream().map(Tag::getName).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        draft.setSteps(steps.stream().map(RoutineStep::toDraft).toList());
        return draft;
    }
}
