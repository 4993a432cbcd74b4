package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The publishing state of an item, and the one place its rules live. A scheduled item is live from its publish time
 * on: visibility is decided when the item is read, so it appears at the right moment on every node without a job
 * that could run twice or late.
 */
@Embeddable
public class Publication {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PublishingStatus status = PublishingStatus.DRAFT;

    @Column(name = "publish_at")
    private @Nullable Instant publishAt;

    /** Set once the item was first published or scheduled: from then on its address (slug) never changes. */
    @Column(name = "slug_fixed", nullable = false)
    private boolean slugFixed;

    public PublishingStatus status() {
        return status;
    }

    public @Nullable Instant publishAt() {
        return publishAt;
    }

    /** Visible outside the studio at this moment. */
    public boolean isLive(Instant now) {
        return switch (status) {
            case PUBLISHED -> true;
            case SCHEDULED -> publishAt != null && !publishAt.isAfter(now);
            case DRAFT, ARCHIVED -> false;
        };
    }

    /** The status as a reader would describe it now: a scheduled item whose time has come counts as published. */
    public PublishingStatus effectiveStatus(Instant now) {
        return status == PublishingStatus.SCHEDULED && isLive(now) ? PublishingStatus.PUBLISHED : status;
    }

    /** Whether the item's address may still follow its title (it has never been published or scheduled). */
    public boolean slugFollowsTitle() {
        return !slugFixed;
    }

    public void publishNow(Instant now) {
        slugFixed = true;
        status = PublishingStatus.PUBLISHED;
        publishAt = now;
    }

    public void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("Choose a publishing time in the future.");
        }
        slugFixed = true;
        status = PublishingStatus.SCHEDULED;
        publishAt = at;
    }

    public void archive() {
        status = PublishingStatus.ARCHIVED;
    }

    public void backToDraft() {
        status = PublishingStatus.DRAFT;
        publishAt = null;
    }
}
