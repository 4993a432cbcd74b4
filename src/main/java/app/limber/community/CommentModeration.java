package app.limber.community;

import app.limber.account.PersonDirectory;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue. Admins moderate every comment; instructors only comments on what they wrote (every query and
 * change is limited to that scope); runners and visitors are refused. Every status change is recorded in the
 * comment's history and the audit log.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class CommentModeration {

    private final CommentRepository comments;
    private final CommentStatusChangeRepository changes;
    private final CommentableItems items;
    private final CommentHistory history;
    private final CommentNotices notices;
    private final CommentService posting;
    private final PersonDirectory directory;
    private final Clock clock;

    CommentModeration(CommentRepository comments, CommentStatusChangeRepository changes, CommentableItems items,
            CommentHistory history, CommentNotices notices, CommentService posting, PersonDirectory directory,
            Clock clock) {
        this.posting = posting;
        this.directory = directory;
        this.comments = comments;
        this.changes = changes;
        this.items = items;
        this.history = history;
        this.notices = notices;
        this.clock = clock;
    }

    /** A page of the queue, newest first: one query for the comments and one per kind of item for their titles. */
    @Transactional(readOnly = true)
    public List<QueueRow> page(QueueFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        List<Comment> rows = comments.findQueue(filter.status(), scope(), filter.itemKind(), filter.itemId(),
                filter.authorId(), filter.pattern(), new OffsetPage(offset, size));
        Map<CommentableItem.Kind, Map<Long, CommentableItem>> titles = new EnumMap<>(CommentableItem.Kind.class);
        rows.stream().collect(Collectors.groupingBy(Comment::itemKind,
                        Collectors.mapping(Comment::itemId, Collectors.toSet())))
                .forEach((kind, ids) -> titles.put(kind, items.findAll(kind, ids)));
        return rows.stream().map(row -> toRow(row, titles.getOrDefault(row.itemKind(), Map.of())
                .get(row.itemId()))).toList();
    }

    /** The name of the member whose comments the queue is narrowed to, for its "comments by" line. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> memberName(long personId) {
        return java.util.Optional.ofNullable(directory.displayNames(List.of(personId)).get(personId));
    }

    /** How many comments the current tab and search show. */
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        return counts(filter).getOrDefault(filter.status(), 0L);
    }

    /** Comments per status for the tabs, with the filter's search and item (its status is ignored). */
    @Transactional(readOnly = true)
    public Map<CommentStatus, Long> counts(QueueFilter filter) {
        Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : comments.countByStatus(scope(), filter.itemKind(), filter.itemId(),
                filter.authorId(), filter.pattern())) {
            counts.put((CommentStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Moves comments to a status (approve, spam, trash, back to pending); what changed can be undone. */
    @Transactional
    public ModerationStep move(Collection<Long> ids, CommentStatus to) {
        Instant now = clock.instant();
        List<ModerationStep.Before> moved = new ArrayList<>();
        for (Comment comment : inScope(ids)) {
            if (comment.status() != to) {
                moved.add(before(comment, to));
                moveOne(comment, to, ModerationReason.MODERATOR, now);
            }
        }
        comments.flush();
        return new ModerationStep(moved);
    }

    /** Takes comments out of spam or trash, back to the status they had before (pending if unknown). */
    @Transactional
    public ModerationStep restore(Collection<Long> ids) {
        Instant now = clock.instant();
        List<ModerationStep.Before> moved = new ArrayList<>();
        for (Comment comment : inScope(ids)) {
            CommentStatus from = comment.status();
            if (from != CommentStatus.SPAM && from != CommentStatus.TRASH) {
                continue;
            }
            CommentStatus before = changes.findHistory(comment.id()).reversed().stream()
                    .filter(change -> change.toRecord().to() == from).findFirst()
                    .map(CommentStatusChange::fromStatus)
                    .filter(status -> status != CommentStatus.SPAM && status != CommentStatus.TRASH)
                    .orElse(CommentStatus.PENDING);
            moved.add(before(comment, before));
            history.move(comment, before, ModerationReason.RESTORED, SignedInPerson.current().displayName(), now);
        }
        comments.flush();
        return new ModerationStep(moved);
    }

    /**
     * Undoes a step of this queue: each comment gets back exactly the status and reason it had, unless it has been
     * moved again since (then it is left alone). Returns how many were put back.
     */
    @Transactional
    public int undo(ModerationStep step) {
        Map<Long, ModerationStep.Before> byId = step.moved().stream()
                .collect(Collectors.toMap(ModerationStep.Before::commentId, before -> before, (a, b) -> a));
        Instant now = clock.instant();
        int undone = 0;
        for (Comment comment : inScope(byId.keySet())) {
            ModerationStep.Before before = byId.get(comment.id());
            if (comment.status() == before.movedTo()) {
                history.undo(comment, before.status(), before.reason(), before.detail(),
                        SignedInPerson.current().displayName(), now);
                undone++;
            }
        }
        comments.flush();
        return undone;
    }

    /**
     * Replies to a comment from the queue as the signed-in moderator. The reply is published at once (with the
     * instructor badge for people who hold the instructor role), and a pending comment is approved by replying to it, as in WordPress. When
     * the reply is refused (empty, too long, a duplicate) nothing changes, the comment stays pending.
     */
    @Transactional
    public PostedComment reply(long commentId, String text, @Nullable String ipAddress) {
        Comment comment = inScope(Set.of(commentId)).stream().findFirst()
                .orElseThrow(() -> new CommentRefusedException("This comment no longer exists."));
        if (comment.status() == CommentStatus.SPAM || comment.status() == CommentStatus.TRASH) {
            throw new CommentRefusedException("Restore this comment before replying to it.");
        }
        if (comment.status() == CommentStatus.PENDING) {
            moveOne(comment, CommentStatus.APPROVED, ModerationReason.APPROVED_BY_REPLY, clock.instant());
        }
        // The badge says an instructor answered: admins who don't teach reply without it.
        boolean instructor = SignedInPerson.current().roles().contains(Role.INSTRUCTOR);
        return posting.post(new NewComment(comment.itemKind(), comment.itemId(), comment.id(), "", "", "", text,
                false, instructor, "", clock.instant(), ipAddress));
    }

    /** Deletes comments for good, with their history and replies. */
    @Transactional
    public int deletePermanently(Collection<Long> ids) {
        List<Comment> found = inScope(ids);
        found.forEach(history::deleted);
        comments.deleteAll(found);
        comments.flush();
        return found.size();
    }

    /** Deletes every comment in the trash (within the caller's scope). */
    @Transactional
    public int emptyTrash() {
        return deletePermanently(comments.findTrashIds(scope()));
    }

    /** The comment's status changes, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(long commentId) {
        if (inScope(Set.of(commentId)).isEmpty()) {
            throw new AccessDeniedException("Not a comment you moderate");
        }
        return changes.findHistory(commentId).stream().map(CommentStatusChange::toRecord).toList();
    }

    private List<Comment> inScope(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Comment> found = comments.findInScope(ids, scope());
        if (found.size() < Set.copyOf(ids).size() && scope() != null) {
            // Some exist but belong to another instructor's content (or are gone): refuse the whole action.
            long existing = comments.findInScope(ids, null).size();
            if (existing > found.size()) {
                throw new AccessDeniedException("You can only moderate comments on your own articles and routines");
            }
        }
        return found;
    }

    private void moveOne(Comment comment, CommentStatus to, ModerationReason reason, Instant now) {
        history.move(comment, to, reason, SignedInPerson.current().displayName(), now);
        if (to == CommentStatus.APPROVED && comment.parentId() != null) {
            notifyParentOf(comment);
        }
    }

    private static ModerationStep.Before before(Comment comment, CommentStatus movedTo) {
        return new ModerationStep.Before(comment.id(), comment.status(), comment.statusReason(),
                comment.statusDetail(), movedTo);
    }

    private void notifyParentOf(Comment reply) {
        Long parentId = reply.parentId();
        if (parentId == null) {
            return;
        }
        comments.findById(parentId).ifPresent(parent -> items.find(reply.itemKind(), reply.itemId())
                .ifPresent(item -> notices.approvedReply(reply, item, parent)));
    }

    /** Null for admins (everything); the instructor's id otherwise. */
    private static @Nullable Long scope() {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? null : caller.personId();
    }

    private static QueueRow toRow(Comment row, @Nullable CommentableItem item) {
        return new QueueRow(row.id(), row.authorName(), row.authorEmail(), row.authorUrl(), row.ipAddress(),
                row.authorId() != null, row.body(), CommentText.links(row.body()), row.status(), row.statusLabel(),
                row.createdAt(),
                row.itemKind(), row.itemId(), item == null ? "(deleted " + row.itemKind().label().toLowerCase() + ")"
                        : item.title(), item == null ? null : item.path(), row.parentId() != null);
    }

    /** Offset paging as Vaadin's lazy grids ask for it (any offset, not only multiples of the page size). */
    private static final class OffsetPage extends PageRequest {

        private final long offset;

        OffsetPage(long offset, int size) {
            super(0, size, org.springframework.data.domain.Sort.unsorted());
            this.offset = offset;
        }

        @Override
        public long getOffset() {
            return offset;
        }
    }
}
