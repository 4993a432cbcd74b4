package app.limber.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An article: Markdown text with tags and an ordered list of linked routines, written by one instructor. */
@Entity
@Table(name = "articles")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = ArticleDraft.TITLE_MAX)
    private String title;

    /** Set once from the first title and never changed, so links keep working when the title does. */
    @Column(nullable = false, length = 140)
    private String slug;

    @Column(nullable = false, length = ArticleDraft.EXCERPT_MAX)
    private String excerpt = "";

    @Column(nullable = false)
    private String body = "";

    @Column(name = "cover_image_id")
    private @Nullable Long coverImageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Embedded
    private Publication publication = new Publication();

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {
        this.title = "";
        this.slug = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Article(long authorId, String title, String slug, Instant now) {
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

    String excerpt() {
        return excerpt;
    }

    String body() {
        return body;
    }

    @Nullable Long coverImageId() {
        return coverImageId;
    }

    Publication publication() {
        return publication;
    }

    Visibility visibility() {
        return visibility;
    }

    Set<Tag> tags() {
        return tags;
    }

    List<Long> routineIds() {
        return routineIds;
    }

    void apply(ArticleDraft draft, Set<Tag> resolvedTags, Collection<Long> linkedRoutineIds, Instant now) {
        title = draft.getTitle().strip();
        excerpt = draft.getExcerpt().strip();
        body = draft.getBody();
        coverImageId = draft.getCoverImageId();
        visibility = draft.getVisibility();
        tags.clear();
        tags.addAll(resolvedTags);
        if (!routineIds.equals(List.copyOf(linkedRoutineIds))) {
            routineIds.clear();
            routineIds.addAll(linkedRoutineIds);
        }
        touch(now);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** The draft for the editor; {@code routineTitles} names the linked routines (missing ones are left out). */
    ArticleDraft toDraft(Map<Long, String> routineTitles) {
        ArticleDraft draft = new ArticleDraft(id(), version, slug, publication.status(), publication.publishAt());
        draft.setTitle(title);
        draft.setExcerpt(excerpt);
        draft.setBody(body);
        draft.setCoverImageId(coverImageId);
        draft.setVisibility(visibility);
        draft.setTags(tags.stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new)));
        draft.setRoutines(routineIds.stream().filter(routineTitles::containsKey)
                .map(routineId -> new ArticleDraft.LinkedRoutine(routineId, routineTitles.get(routineId)))
                .toList());
        return draft;
    }
}
