package app.limber.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An article: Markdown text with tags and an ordered list of linked routines, written by one instructor. */
@Entity
@Table(name = "articles")
class Article extends AuthoredContent {


    @Column(nullable = false, length = ArticleDraft.EXCERPT_MAX)
    private String excerpt = "";

    @Column(nullable = false)
    private String body = "";

    @Column(name = "cover_image_id")
    private @Nullable Long coverImageId;

    /** The program the article invites readers into, if any (by id: programs are another feature's). */
    @Column(name = "cta_program_id")
    private @Nullable Long callToActionProgramId;

    @ManyToMany
    @OrderBy("name")
    @JoinTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    /** Routines by id (they have their own lifecycle); the list index is the position readers see. */
    @ElementCollection
    @CollectionTable(name = "article_routines", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "routine_id", nullable = false)
    private List<Long> routineIds = new ArrayList<>();

    protected Article() {
        // for JPA
    }

    Article(long authorId, String title, String slug, Instant now) {
        super(authorId, title, slug, now);
    }

    String excerpt() {
        return excerpt;
    }

    String body() {
        return body;
    }

    @Nullable Long coverImageId() {
        return coverImageId;
    }

    @Nullable Long callToActionProgramId() {
        return callToActionProgramId;
    }

    Set<Tag> tags() {
        return tags;
    }

    List<Long> routineIds() {
        return routineIds;
    }

    void apply(ArticleDraft draft, Set<Tag> resolvedTags, Collection<Long> linkedRoutineIds, Instant now) {
        applyCommon(draft.getTitle(), draft.getVisibility(), now);
        excerpt = draft.getExcerpt().strip();
        body = draft.getBody();
        coverImageId = draft.getCoverImageId();
        callToActionProgramId = draft.getCallToAction() == null ? null : draft.getCallToAction().id();
        tags.clear();
        tags.addAll(resolvedTags);
        if (!routineIds.equals(List.copyOf(linkedRoutineIds))) {
            routineIds.clear();
            routineIds.addAll(linkedRoutineIds);
        }
    }

    /** The draft for the editor; {@code routineTitles} names the linked routines (missing ones are left out). */
    ArticleDraft toDraft(Map<Long, String> routineTitles, @Nullable ProgramOffer callToAction) {
        ArticleDraft draft = new ArticleDraft(id(), version(), slug(), publication().status(), publication().publishAt());
        draft.setTitle(title());
        draft.setExcerpt(excerpt);
        draft.setBody(body);
        draft.setCoverImageId(coverImageId);
        draft.setCallToAction(callToAction);
        draft.setVisibility(visibility());
        draft.setTags(tags.stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new)));
        draft.setRoutines(routineIds.stream().filter(routineTitles::containsKey)
                .map(routineId -> new ArticleDraft.LinkedRoutine(routineId, routineTitles.get(routineId)))
                .toList());
        return draft;
    }
}
