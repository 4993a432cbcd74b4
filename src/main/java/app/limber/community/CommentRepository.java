package app.limber.community;

import app.limber.content.CommentableItem;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /**
     * The visible part of an item's discussion in one statement: approved comments, plus pending ones for moderators
     * ({@code everyPending}), the signed-in author ({@code authorId}) and a visitor's own ({@code ownIds}).
     */
    @Query("""
            select c from Comment c where c.itemKind = :kind and c.itemId = :itemId
              and (c.status = app.limber.community.CommentStatus.APPROVED
                or (c.status = app.limber.community.CommentStatus.PENDING
                  and (:everyPending = true or c.authorId = :authorId or c.id in :ownIds)))
            order by c.createdAt, c.id""")
    List<Comment> findThread(CommentableItem.Kind kind, long itemId, boolean everyPending, long authorId,
            Collection<Long> ownIds);

    /** A signed-in member's comments since a time: how many, and when the latest was posted. Their address is not used. */
    @Query("""
            select new app.limber.community.RecentComments(count(c), max(c.createdAt)) from Comment c
            where c.authorId = :authorId and c.createdAt > :since""")
    RecentComments findRecentByMember(long authorId, Instant since);

    /**
     * A guest's comments since a time, by the email they gave or (among guests' comments only, so that members at the
     * same address never count) from their IP address.
     */
    @Query("""
            select new app.limber.community.RecentComments(count(c), max(c.createdAt)) from Comment c
            where (c.authorEmail = :email or (c.authorId is null and c.ipAddress = :ip)) and c.createdAt > :since""")
    RecentComments findRecentByGuest(String email, String ip, Instant since);

    @Query("""
            select count(c) > 0 from Comment c where c.status = app.limber.community.CommentStatus.APPROVED
              and (c.authorId = :authorId or (c.authorId is null and c.authorEmail = :email))""")
    boolean hasApproved(long authorId, String email);

    @Query("""
            select c from Comment c where c.status = :status
              and (:scope is null or c.itemAuthorId = :scope)
              and (:kind is null or (c.itemKind = :kind and c.itemId = :itemId))
              and (:authorId is null or c.authorId = :authorId)
              and (:pattern = '' or lower(c.body) like :pattern escape '\\' or lower(c.authorName) like :pattern escape '\\'
                or lower(c.authorEmail) like :pattern escape '\\' or c.ipAddress like :pattern escape '\\')
            order by c.createdAt desc, c.id desc""")
    List<Comment> findQueue(CommentStatus status, @Nullable Long scope, CommentableItem.@Nullable Kind kind,
            long itemId, @Nullable Long authorId, String pattern, Pageable page);

    /** Counts per status for the queue's tabs, in one statement. */
    @Query("""
            select c.status, count(c) from Comment c
            where (:scope is null or c.itemAuthorId = :scope)
              and (:kind is null or (c.itemKind = :kind and c.itemId = :itemId))
              and (:authorId is null or c.authorId = :authorId)
              and (:pattern = '' or lower(c.body) like :pattern escape '\\' or lower(c.authorName) like :pattern escape '\\'
                or lower(c.authorEmail) like :pattern escape '\\' or c.ipAddress like :pattern escape '\\')
            group by c.status""")
    List<Object[]> countByStatus(@Nullable Long scope, CommentableItem.@Nullable Kind kind, long itemId,
            @Nullable Long authorId, String pattern);

    @Query("select c from Comment c where c.id in :ids and (:scope is null or c.itemAuthorId = :scope)")
    List<Comment> findInScope(Collection<Long> ids, @Nullable Long scope);

    @Query("""
            select c.id from Comment c where c.status = app.limber.community.CommentStatus.TRASH
              and (:scope is null or c.itemAuthorId = :scope)""")
    List<Long> findTrashIds(@Nullable Long scope);

    /**
     * The texts a person (their account, or the email a guest gave) already posted in one place: on the item, replying
     * to the same comment ({@code parentId}, null at the top level). Trashed comments don't count.
     */
    @Query("""
            select c.body from Comment c where c.itemKind = :kind and c.itemId = :itemId
              and ((:parentId is null and c.parentId is null) or c.parentId = :parentId)
              and c.status <> app.limber.community.CommentStatus.TRASH
              and (c.authorId = :authorId or c.authorEmail = :email)""")
    List<String> findTextsBy(CommentableItem.Kind kind, long itemId, @Nullable Long parentId, long authorId,
            String email);

    List<Comment> findByAuthorIdOrderByCreatedAt(long authorId);

    /** How many comments a member has written (any status), for the admin's member page. */
    long countByAuthorId(long authorId);
}
