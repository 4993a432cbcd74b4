package app.limber.community;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends comment emails once the comment is safely stored: after the commit, so an unreachable SMTP server costs an
 * email (logged), never a comment.
 */
@Component
class CommentMail {

    private static final Logger log = LoggerFactory.getLogger(CommentMail.class);

    private final JavaMailSender mailSender;

    CommentMail(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(CommentNotice notice) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(notice.from());
            message.setTo(notice.to());
            message.setSubject(notice.subject());
            message.setText(notice.text());
            mailSender.send(message);
        } catch (MailException failed) {
            log.warn("Could not send the comment email \"{}\": {}", notice.subject(), failed.getMessage());
        }
    }
}
