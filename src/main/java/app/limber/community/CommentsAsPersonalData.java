package app.limber.community;

import app.limber.account.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The comments a person wrote: exported with their data; kept without their name when their account is deleted. */
@Component
class CommentsAsPersonalData implements PersonalData {

    private final CommentRepository comments;

    CommentsAsPersonalData(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId) {
        return comments.findByAuthorIdOrderByCreatedAt(personId).stream().map(comment -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("on", comment.itemKind().name().toLowerCase() + " " + comment.itemId());
            row.put("postedAt", comment.createdAt().toString());
            row.put("status", comment.status().name());
            row.put("name", comment.authorName());
            row.put("text", comment.body());
            row.put("replyNotifications", comment.notifyReplies());
            return row;
        }).toList();
    }

    /** The discussion keeps the words (replies may refer to them); the name, email and IP address go. */
    @Override
    @Transactional
    public void forget(long personId) {
        comments.findByAuthorIdOrderByCreatedAt(personId).forEach(Comment::anonymise);
        comments.flush();
    }
}
