package app.limber.community;

import app.limber.account.PersonalData;
import app.limber.account.ReadableTime;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The comments a person wrote: exported with their data; kept without their name when their account is deleted. */
@Component
class CommentsAsPersonalData implements PersonalData {

    private final CommentRepository comments;
    private final CommentableItems items;

    CommentsAsPersonalData(CommentRepository comments, CommentableItems items) {
        this.comments = comments;
        this.items = items;
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long personId, ZoneId zone) {
        List<Comment> written = comments.findByAuthorIdOrderByCreatedAt(personId);
        // One query per kind of item for the titles, as in the moderation queue.
        Map<CommentableItem.Kind, Map<Long, CommentableItem>> titles = new EnumMap<>(CommentableItem.Kind.class);
        written.stream().collect(Collectors.groupingBy(Comment::itemKind,
                        Collectors.mapping(Comment::itemId, Collectors.toSet())))
                .forEach((kind, ids) -> titles.put(kind, items.findAll(kind, ids)));
        return written.stream().map(comment -> {
            CommentableItem item = titles.getOrDefault(comment.itemKind(), Map.of()).get(comment.itemId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", comment.id());
            row.put("on", item == null ? "(removed " + comment.itemKind().label().toLowerCase() + ")" : item.title());
            row.put("onKind", comment.itemKind().label().toLowerCase());
            row.put("onId", comment.itemId());
            if (item != null) {
                row.put("address", "/" + item.path());
            }
            row.put("postedAt", ReadableTime.of(comment.createdAt(), zone));
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
