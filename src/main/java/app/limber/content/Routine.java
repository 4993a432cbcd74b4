package app.limber.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A routine: an ordered list of steps with a title, text and tags, written by one instructor. */
@Entity
@Table(name = "routines")
class Routine extends AuthoredContent {


    @Column(nullable = false, length = RoutineDraft.SUMMARY_MAX)
    private String summary = "";

    @Column(nullable = false)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level = Level.BEGINNER;

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

    protected Routine() {
        // for JPA
    }

    Routine(long authorId, String title, String slug, Instant now) {
        super(authorId, title, slug, now);
    }

    @Nullable Long coverImageId() {
        return coverImageId;
    }

    List<RoutineStep> steps() {
        return java.util.Collections.unmodifiableList(steps);
    }

    void apply(RoutineDraft draft, Set<Tag> resolvedTags, Instant now) {
        applyCommon(draft.getTitle(), draft.getVisibility(), now);
        summary = draft.getSummary().strip();
        body = draft.getBody();
        level = draft.getLevel();
        coverImageId = draft.getCoverImageId();
        tags.clear();
        tags.addAll(resolvedTags);
        steps.clear();
        int position = 0;
        for (StepDraft step : draft.getSteps()) {
            steps.add(new RoutineStep(this, position++, step));
        }
        totalSeconds = draft.totalSeconds();
    }

    RoutineDraft toDraft() {
        RoutineDraft draft = new RoutineDraft(id(), version(), slug(), publication().status(), publication().publishAt());
        draft.setTitle(title());
        draft.setSummary(summary);
        draft.setBody(body);
        draft.setLevel(level);
        draft.setVisibility(visibility());
        draft.setCoverImageId(coverImageId);
        draft.setTags(tags.stream().map(Tag::getName).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        draft.setSteps(steps.stream().map(RoutineStep::toDraft).toList());
        return draft;
    }
}
