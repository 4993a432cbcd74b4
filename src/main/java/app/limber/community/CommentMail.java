package app.limber.community;

import app.limber.platform.mail.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts comment emails into the outbox in the same transaction as the comment: they leave once the comment is safely
 * stored, never for a change that was rolled back, and an unreachable SMTP server only delays them.
 */
@Component
class CommentMail {

    private final Outbox outbox;

    CommentMail(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void send(CommentNotice notice) {
        outbox.enqueue(Outbox.letter(notice.from(), notice.to(), notice.subject(), notice.text()));
    }
}
