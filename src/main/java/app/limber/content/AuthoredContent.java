package app.limber.content;

import app.limber.account.SignedInPerson;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What routines, articles and programs have in common: one author, a title and its address, who may see
 * it, where it is in the publishing workflow, and a version that refuses stale saves.
 */
@MappedSuperclass
public abstract class AuthoredContent {

    public static final int TITLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The address: follows the title until first published or scheduled, then never changes. */
    @Column(nullable = false, length = 140)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Embedded
    private Publication publication = new Publication();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AuthoredContent() {
        this.title = "";
        this.slug = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    protected AuthoredContent(long authorId, String title, String slug, Instant now) {
        this.authorId = authorId;
        this.title = title.strip();
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long authorId() {
        return authorId;
    }

    public long version() {
        return version;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Publication publication() {
        return publication;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * When readers' view of it last changed: its last edit, or the moment it went live when that came later (a
     * scheduled item), as the page's Last-Modified and the sitemap's lastmod say.
     */
    public Instant changedForReadersAt() {
        return IndexedPage.of("", updatedAt, publication.publishAt()).lastModified();
    }

    /**
     * Whether this caller (null: a visitor) may see the item now: its author and admins always, anyone else while it
     * is live, and members-only items only when signed in.
     */
    public boolean visibleTo(@Nullable SignedInPerson caller, Instant now) {
        if (caller != null && (caller.isAdmin() || caller.personId() == authorId)) {
            return true;
        }
        return publication.isLive(now) && (visibility == Visibility.PUBLIC || caller != null);
    }

    /**
     * Whether this caller may see the item's cover: whoever may see the item, and everyone while it is live, because
     * a members-only item's teaser (title, summary, cover) is public. Bodies, step pictures and clips don't follow
     * this rule; drafts, scheduled and archived items' covers stay with their author and admins.
     */
    public boolean coverVisibleTo(@Nullable SignedInPerson caller, Instant now) {
        return publication.isLive(now) || visibleTo(caller, now);
    }

    /** Whether shared caches may keep the cover: it is an item everyone may see, or the teaser of a live one. */
    public boolean coverForEveryone(Instant now) {
        return visibility == Visibility.PUBLIC || publication.isLive(now);
    }

    /** A new address while the item is still a never-published draft; see {@link Publication#slugFollowsTitle}. */
    public void followTitle(String newSlug) {
        if (publication.slugFollowsTitle()) {
            slug = newSlug;
        }
    }

    /** The shared part of applying an editor's draft. */
    protected void applyCommon(String newTitle, Visibility newVisibility, Instant now) {
        title = newTitle.strip();
        visibility = newVisibility;
        touch(now);
    }

    public void touch(Instant now) {
        updatedAt = now;
    }
}
