package app.limber.community.ui;

import app.limber.community.CommentModeration;
import app.limber.community.CommentRefusedException;
import app.limber.community.CommentStatus;
import app.limber.community.CommentText;
import app.limber.community.QueueRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Replying from the moderation queue: the comment being answered, and the reply, which is published at once under
 * the moderator's name. Replying to a pending comment approves it (the dialog says so first).
 */
class QueueReplyDialog extends Dialog {

    private final TextArea text = new TextArea("Your reply");

    QueueReplyDialog(CommentModeration moderation, QueueRow row, Runnable afterReply) {
        setHeaderTitle("Reply to " + row.authorName());
        addClassName("queue-reply-dialog");
        setWidth("min(40rem, 95vw)");
        Div quoted = new Div();
        quoted.addClassName("queue-reply-quote");
        quoted.setText(row.text());
        add(quoted);
        boolean pending = row.status() == CommentStatus.PENDING;
        if (pending) {
            add(new Paragraph("Replying also approves this comment."));
        }
        text.setWidthFull();
        text.setRequiredIndicatorVisible(true);
        text.setHelperText("Published at once under your name. Plain text; up to " + CommentText.MAX_LENGTH
                + " characters.");
        add(text);
        Button publish = new Button(pending ? "Approve and reply" : "Publish reply", event -> {
            try {
                moderation.reply(row.id(), text.getValue(), CommentForm.clientAddress());
                close();
                afterReply.run();
                Notification.show(pending ? "Reply published and " + row.authorName() + "'s comment approved"
                        : "Reply published", 3000, Notification.Position.BOTTOM_START);
            } catch (CommentRefusedException refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-reply");
        getFooter().add(new Button("Cancel", event -> close()), publish);
        text.focus();
    }

    TextArea text() {
        return text;
    }
}
