package app.limber.community;

import app.limber.content.CommentableItem;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the comment form sends. {@code name}, {@code email} and {@code website} count only for visitors (members
 * comment as themselves); {@code honeypot} is a field people never see; {@code formOpenedAt} is when the form was
 * shown; {@code ipAddress} is the client's, for the flood rules and the moderation queue.
 */
public record NewComment(CommentableItem.Kind kind, long itemId, @Nullable Long replyTo, String name, String email,
        String website, String text, boolean notifyReplies, boolean asInstructor, String honeypot,
        Instant formOpenedAt, @Nullable String ipAddress) {
}
