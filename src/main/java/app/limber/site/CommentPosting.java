package app.limber.site;

import app.limber.community.CommentRefusedException;
import app.limber.community.CommentService;
import app.limber.community.CommentStatus;
import app.limber.community.NewComment;
import app.limber.community.PostedComment;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A comment form post from an article or routine page: checks the form's signed token (which also tells when the
 * form was shown, for the minimum fill time), hands the comment to {@link CommentService} (whose moderation rules
 * decide: published, held, or refused), and says where to go next. The page answers a stored comment with a
 * redirect (post/redirect/get: a reload never posts twice) and a refused one by showing the form again with the
 * reason and the reader's text.
 */
@Component
class CommentPosting {

    static final String EXPIRED = "This form is too old to send. Your text is below: send it again.";

    /** What the form sent. */
    record Form(String name, String email, String website, String text, @Nullable String replyTo, String homepage,
            String formToken) {

        DiscussionContent.CommentFormValues values(@Nullable String errorField) {
            return new DiscussionContent.CommentFormValues(name, email, website, text, replyToId(), errorField);
        }

        /** The form's fields from the posted request; missing ones are empty. */
        static Form from(HttpServletRequest request) {
            return new Form(field(request, "name"), field(request, "email"), field(request, "website"),
                    field(request, "text"), request.getParameter("replyTo"), field(request, "homepage"),
                    field(request, GuestFormTokens.FIELD));
        }

        private static String field(HttpServletRequest request, String name) {
            String value = request.getParameter(name);
            return value == null ? "" : value;
        }

        @Nullable Long replyToId() {
            return replyTo == null || !replyTo.matches("\\d{1,18}") ? null : Long.valueOf(replyTo);
        }
    }

    /** Either the address to redirect to, or why the comment was refused. */
    record Outcome(@Nullable String redirect, @Nullable String refusal, @Nullable String field) {
    }

    /** A refused comment: the reason, and the form as it was sent, to show again. */
    record Refusal(String reason, DiscussionContent.CommentFormValues form) {
    }

    /** Shows the item's page again with the refusal under it. */
    interface ShowAgain {
        ResponseEntity<byte[]> page(SiteFrame frame, Refusal refusal);
    }

    private final CommentService comments;
    private final CommentableItems items;
    private final GuestFormTokens tokens;
    private final PublicPages pages;

    CommentPosting(CommentService comments, CommentableItems items, GuestFormTokens tokens, PublicPages pages) {
        this.pages = pages;
        this.comments = comments;
        this.items = items;
        this.tokens = tokens;
    }

    /**
     * Handles a form post about the item at {@code /{kind}s/{slug}}: a 303 redirect to the page once the comment is
     * stored (published or held), or {@code showAgain} with the reason when it was refused.
     */
    ResponseEntity<byte[]> handle(HttpServletRequest request, CommentableItem.Kind kind, String itemPath,
            String slug, ShowAgain showAgain) {
        // The item whatever its status: the comment service refuses items that aren't live.
        CommentableItem item = items.findBySlug(kind, slug).orElseThrow(NotFoundException::new);
        Form form = Form.from(request);
        Outcome outcome = post(request, item, itemPath, form);
        if (outcome.redirect() != null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(outcome.redirect())).build();
        }
        return showAgain.page(pages.frame(request),
                new Refusal(Objects.requireNonNull(outcome.refusal()), form.values(outcome.field())));
    }

    /** Posts the form's comment about the item at {@code itemPath}. */
    Outcome post(HttpServletRequest request, CommentableItem item, String itemPath, Form form) {
        Optional<Instant> shownAt = tokens.renderedAt(form.formToken(), item.kind(), item.id());
        if (shownAt.isEmpty()) {
            return new Outcome(null, EXPIRED, null);
        }
        try {
            PostedComment posted = comments.post(new NewComment(item.kind(), item.id(), form.replyToId(),
                    form.name(), form.email(), form.website(), form.text(), false, false, form.homepage(),
                    shownAt.get(), request.getRemoteAddr()));
            return new Outcome(posted.status() == CommentStatus.APPROVED
                    ? itemPath + "?comment=published#comment-" + posted.id()
                    : itemPath + "?comment=held#comments", null, null);
        } catch (CommentRefusedException refused) {
            return new Outcome(null, refused.getMessage(), refused.field());
        }
    }
}
