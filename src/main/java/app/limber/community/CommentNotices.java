package app.limber.community;

import app.limber.account.PersonDirectory;
import app.limber.content.CommentableItem;
import app.limber.settings.SiteSettingsService;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides who hears about a comment: the item's author about every new comment that isn't spam (if they want comment
 * emails), and a commenter who opted in about each approved reply to them. Mail leaves after the commit.
 */
@Component
class CommentNotices {

    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final String publicUrl;
    private final SiteSettingsService settings;
    private final String defaultSender;

    CommentNotices(PersonDirectory directory, ApplicationEventPublisher events, SiteSettingsService settings,
            @Value("${limber.public-url}") String publicUrl, @Value("${limber.mail.from}") String defaultSender) {
        this.settings = settings;
        this.defaultSender = defaultSender;
        this.directory = directory;
        this.events = events;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A comment was just posted. */
    void posted(Comment comment, CommentableItem item, @org.jspecify.annotations.Nullable Comment parent) {
        if (comment.status() != CommentStatus.SPAM && comment.itemAuthorId() != null
                && !Objects.equals(comment.itemAuthorId(), comment.authorId())) {
            String site = settings.siteName();
            directory.commentEmailAddress(comment.itemAuthorId()).ifPresent(to -> events.publishEvent(
                    new CommentNotice(sender(), to, "[" + site + "] New comment on \"" + item.title() + "\"",
                            newComment(comment, item, site))));
        }
        if (comment.status() == CommentStatus.APPROVED && parent != null) {
            approvedReply(comment, item, parent);
        }
    }

    /** A reply was approved by a moderator (or posted approved): its parent's author hears about it if they asked. */
    void approvedReply(Comment reply, CommentableItem item, Comment parent) {
        String to = parent.authorEmail();
        if (!parent.notifyReplies() || to == null || to.isBlank()
                || (parent.authorId() != null && Objects.equals(parent.authorId(), reply.authorId()))
                || to.equalsIgnoreCase(Objects.requireNonNullElse(reply.authorEmail(), ""))) {
            return;
        }
        String site = settings.siteName();
        events.publishEvent(new CommentNotice(sender(), to, "[" + site + "] " + reply.authorName()
                + " replied to your comment on \"" + item.title() + "\"", """
                Hello %s,

                %s replied to your comment on "%s" at %s:

                %s

                Read the conversation: %s

                You get this email because you asked to hear about replies to that comment.
                """.formatted(parent.authorName(), reply.authorName(), item.title(), site, reply.body(),
                link(item, reply))));
    }

    private String newComment(Comment comment, CommentableItem item, String site) {
        String moderation = comment.status() == CommentStatus.PENDING
                ? "\nIt is waiting for moderation: approve or remove it at " + publicUrl + "/admin/comments\n" : "";
        return """
                %s commented on "%s" at %s:

                %s
                %s
                Read it on the page: %s

                You can turn these emails off in your account settings.
                """.formatted(comment.authorName(), item.title(), site, comment.body(), moderation,
                link(item, comment));
    }

    /** The sender set in the admin settings, else the configured default (as for account emails). */
    private String sender() {
        String sender = settings.current().mailSender();
        return sender.isBlank() ? defaultSender : sender;
    }

    private String link(CommentableItem item, Comment comment) {
        return publicUrl + "/" + item.path() + "#comment-" + comment.id();
    }
}
