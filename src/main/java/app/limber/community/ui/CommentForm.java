package app.limber.community.ui;

import app.limber.community.CommentRefusedException;
import app.limber.community.CommentService;
import app.limber.community.CommentText;
import app.limber.community.NewComment;
import app.limber.community.PostedComment;
import app.limber.content.CommentableItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "Leave a reply": the text, and for visitors their name and email (required, marked, the email never shown) and an
 * optional website. A field no person sees (the honeypot) and the time the form was open catch simple bots.
 */
class CommentForm extends Div {

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final TextField website = new TextField("Website (optional)");
    private final TextArea text = new TextArea("Comment");
    private final TextField honeypot = new TextField("Leave this field empty");
    private final Checkbox notifyReplies = new Checkbox("Email me when someone replies");
    private final Checkbox asInstructor = new Checkbox("Reply as instructor");
    private final Paragraph error = new Paragraph();
    private final Instant openedAt;

    CommentForm(CommentService comments, Clock clock, CommentableItem.Kind kind, long itemId, @Nullable Long replyTo,
            boolean asGuest, boolean mayAnswerAsInstructor, Consumer<PostedComment> posted) {
        addClassName("comment-form");
        openedAt = clock.instant();
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setHelperText("Plain text; web addresses become links. Up to " + CommentText.MAX_LENGTH + " characters.");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        honeypot.addClassName("comment-hp");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.getElement().setAttribute("autocomplete", "off");
        error.addClassName("comment-error");
        error.setVisible(false);
        if (asGuest) {
            name.setRequiredIndicatorVisible(true);
            email.setRequiredIndicatorVisible(true);
            email.setHelperText("Required, never shown. Used only to tell you about replies if you ask.");
            website.setPlaceholder("https://");
            Div guestFields = new Div(name, email, website);
            guestFields.addClassName("comment-guest-fields");
            add(guestFields);
        }
        add(text, honeypot, notifyReplies);
        if (mayAnswerAsInstructor && replyTo != null) {
            add(asInstructor);
        }
        Button send = new Button(replyTo == null ? "Post comment" : "Post reply", event -> {
            clearErrors();
            try {
                PostedComment result = comments.post(new NewComment(kind, itemId, replyTo, name.getValue(),
                        email.getValue(), website.getValue(), text.getValue(), notifyReplies.getValue(),
                        asInstructor.getValue(), honeypot.getValue(), openedAt, clientAddress()));
                OwnComments.inThisSession().add(result.id());
                posted.accept(result);
            } catch (CommentRefusedException refused) {
                show(refused);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(event -> send.setEnabled(true));
        add(error, send);
    }

    /** The address the current request came from, for the flood rules and the moderation queue. */
    static @Nullable String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {name, email, website, text}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        error.setVisible(false);
    }

    private void show(CommentRefusedException refused) {
        String field = refused.field();
        com.vaadin.flow.component.HasValidation target = field == null ? null : switch (field) {
            case "name" -> name;
            case "email" -> email;
            case "website" -> website;
            case "text" -> text;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(refused.getMessage());
            target.setInvalid(true);
        } else {
            error.setText(refused.getMessage());
            error.setVisible(true);
        }
    }

    TextArea text() {
        return text;
    }
}
