package app.limber.community;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentStatusChangeRepository extends JpaRepository<CommentStatusChange, Long> {

    @Query("select h from CommentStatusChange h where h.commentId = :commentId order by h.changedAt, h.id")
    List<CommentStatusChange> findHistory(long commentId);
}
