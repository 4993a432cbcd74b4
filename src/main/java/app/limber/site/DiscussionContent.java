package app.limber.site;

import app.limber.community.ThreadComment;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The discussion under an article or routine: the comments in reading order (each with its depth), whether this
 * reader may comment and as whom, where the form posts, the member's session CSRF token ({@code token}, null for a
 * guest), the signed form token every form carries ({@link GuestFormTokens}), the outcome of the last post ({@code notice}), and the form as it was sent back
 * after a refusal; {@code lastChange}: when its comments last changed (null for none), for the page's Last-Modified.
 */
public record DiscussionContent(List<ThreadComment> comments, boolean open, boolean asGuest, String closedReason,
        String action, SiteFrame.@Nullable FormToken token, String formToken, @Nullable Notice notice,
        CommentFormValues form, @Nullable Instant lastChange) {

    /** What happened to the reader's comment: "published", "held" or "refused", with the sentence to show. */
    public record Notice(String outcome, String text) {
    }

    /** The form's fields, refilled after a refusal; {@code errorField} names the field the refusal is about. */
    public record CommentFormValues(String name, String email, String website, String text, @Nullable Long replyTo,
            @Nullable String errorField) {

        static CommentFormValues empty() {
            return new CommentFormValues("", "", "", "", null, null);
        }
    }
}
