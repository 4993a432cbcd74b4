package app.limber.community;

import app.limber.content.CommentableItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A comment on an article or routine, or a reply to another comment ({@code parentId}: the one it answers). */
@Entity
@Table(name = "comments")
class Comment {

    /** The name shown for comments whose author deleted their account. */
    static final String FORMER_MEMBER = "Former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, updatable = false, length = 10)
    private CommentableItem.Kind itemKind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "item_author_id")
    private @Nullable Long itemAuthorId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(name = "author_email", length = 254)
    private @Nullable String authorEmail;

    @Column(name = "author_url", length = 300)
    private @Nullable String authorUrl;

    @Column(name = "as_instructor", nullable = false)
    private boolean asInstructor;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommentStatus status;

    @Column(name = "ip_address", length = 45)
    private @Nullable String ipAddress;

    @Column(name = "notify_replies", nullable = false)
    private boolean notifyReplies;

    @Column(name = "link_count", nullable = false)
    private int linkCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** Why the comment has its status; null for comments from before reasons were kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_reason", length = 30)
    private @Nullable ModerationReason statusReason;

    @Column(name = "status_detail", length = 100)
    private @Nullable String statusDetail;

    @Version
    private long version;

    protected Comment() {
        this.itemKind = CommentableItem.Kind.ARTICLE;
        this.authorName = "";
        this.body = "";
        this.status = CommentStatus.PENDING;
        this.createdAt = Instant.EPOCH;
        this.statusChangedAt = Instant.EPOCH;
    }

    Comment(CommentableItem item, @Nullable Long parentId, @Nullable Long authorId, String authorName,
            @Nullable String authorEmail, @Nullable String authorUrl, boolean asInstructor, String body,
            int linkCount, ModerationRules.Verdict verdict, @Nullable String ipAddress, boolean notifyReplies,
            Instant now) {
        this.itemKind = item.kind();
        this.itemId = item.id();
        this.itemAuthorId = item.authorId();
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.authorUrl = authorUrl;
        this.asInstructor = asInstructor;
        this.body = body;
        this.linkCount = linkCount;
        this.status = verdict.status();
        this.statusReason = verdict.reason();
        this.statusDetail = verdict.detail().isEmpty() ? null : verdict.detail();
        this.ipAddress = ipAddress;
        this.notifyReplies = notifyReplies;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    CommentableItem.Kind itemKind() {
        return itemKind;
    }

    long itemId() {
        return itemId;
    }

    @Nullable Long itemAuthorId() {
        return itemAuthorId;
    }

    @Nullable Long parentId() {
        return parentId;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    String authorName() {
        return authorName;
    }

    @Nullable String authorEmail() {
        return authorEmail;
    }

    @Nullable String authorUrl() {
        return authorUrl;
    }

    boolean asInstructor() {
        return asInstructor;
    }

    String body() {
        return body;
    }

    CommentStatus status() {
        return status;
    }

    @Nullable String ipAddress() {
        return ipAddress;
    }

    boolean notifyReplies() {
        return notifyReplies;
    }

    int linkCount() {
        return linkCount;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant editedAt() {
        return editedAt;
    }

    long version() {
        return version;
    }

    @Nullable ModerationReason statusReason() {
        return statusReason;
    }

    @Nullable String statusDetail() {
        return statusDetail;
    }

    /** What a moderator reads about why the comment has its status; empty when that wasn't recorded. */
    String statusLabel() {
        return statusReason == null ? "" : statusReason.label(status, statusDetail);
    }

    void changeStatus(CommentStatus to, ModerationReason reason, @Nullable String detail, Instant now) {
        restore(to, reason, detail == null || detail.isEmpty() ? null : ModerationReason.detail(detail), now);
    }

    /** Puts back a status with the reason it had, as it was stored. */
    void restore(CommentStatus to, @Nullable ModerationReason reason, @Nullable String detail, Instant now) {
        status = to;
        statusReason = reason;
        statusDetail = detail;
        statusChangedAt = now;
    }

    void edit(String newBody, int newLinkCount, Instant now) {
        body = newBody;
        linkCount = newLinkCount;
        editedAt = now;
    }

    /** Keeps the text, drops everything that points to the person (their account is being deleted). */
    void anonymise() {
        authorId = null;
        authorName = FORMER_MEMBER;
        authorEmail = null;
        authorUrl = null;
        ipAddress = null;
        notifyReplies = false;
        asInstructor = false;
    }
}
