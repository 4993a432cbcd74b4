package app.limber.community;

import app.limber.account.MemberActivity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Comments: 12" on the admin's member page: every comment the member wrote, whatever its status. */
@Component
class CommentsAsMemberActivity implements MemberActivity {

    private final CommentRepository comments;

    CommentsAsMemberActivity(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String label() {
        return "Comments";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(long personId) {
        return comments.countByAuthorId(personId);
    }

    /** The moderation queue, showing only this member's comments. */
    @Override
    public String linkFor(long personId) {
        return "admin/comments?" + QueueFilter.MEMBER_PARAMETER + "=" + personId;
    }
}
