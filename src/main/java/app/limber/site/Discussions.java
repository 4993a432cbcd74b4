package app.limber.site;

import app.limber.community.CommentService;
import app.limber.community.Discussion;
import app.limber.content.CommentableItem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The discussion under an article or routine as its page shows it, with the form's token and the last outcome. */
@Component
class Discussions {

    private final CommentService comments;
    private final GuestFormTokens tokens;

    Discussions(CommentService comments, GuestFormTokens tokens) {
        this.comments = comments;
        this.tokens = tokens;
    }

    /**
     * The discussion for this reader, with {@code outcome} ("published", "held") from the address the form
     * redirected to after a post, and the comment being answered ({@code ?reply=id}, for the form without
     * JavaScript); null if the item has none for this reader.
     */
    @Nullable DiscussionContent under(SiteFrame frame, CommentableItem.Kind kind,
            long itemId, String itemPath, @Nullable String outcome, @Nullable String replyTo) {
        Long reply = replyTo == null || !replyTo.matches("\\d{1,18}") ? null : Long.valueOf(replyTo);
        return comments.discussion(kind, itemId, List.of(), false)
                .map(discussion -> content(frame, discussion, itemPath, notice(outcome),
                        new DiscussionContent.CommentFormValues("", "", "", "", reply, null)))
                .orElse(null);
    }

    /** The discussion shown again after a refused post, with the reader's text kept and the reason. */
    @Nullable DiscussionContent refused(SiteFrame frame, CommentableItem.Kind kind, long itemId, String itemPath,
            CommentPosting.Refusal refusal) {
        return comments.discussion(kind, itemId, List.of(), false)
                .map(discussion -> content(frame, discussion, itemPath,
                        new DiscussionContent.Notice("refused", refusal.reason()), refusal.form()))
                .orElse(null);
    }

    private DiscussionContent content(SiteFrame frame, Discussion discussion, String itemPath,
            DiscussionContent.@Nullable Notice notice, DiscussionContent.CommentFormValues form) {
        CommentableItem item = discussion.item();
        return new DiscussionContent(discussion.inReadingOrder(), discussion.open(), discussion.asGuest(),
                discussion.closedReason(), itemPath + "/comments", discussion.asGuest() ? null : frame.csrf(),
                tokens.issue(item.kind(), item.id()), notice, form, discussion.lastChange());
    }

    private static DiscussionContent.@Nullable Notice notice(@Nullable String outcome) {
        if ("published".equals(outcome)) {
            return new DiscussionContent.Notice("published", "Thanks, your comment is up.");
        }
        if ("held".equals(outcome)) {
            return new DiscussionContent.Notice("held", "Thanks! Your comment is held for moderation and will "
                    + "appear once it's approved.");
        }
        return null;
    }
}
