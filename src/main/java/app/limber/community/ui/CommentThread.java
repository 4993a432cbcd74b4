package app.limber.community.ui;

import app.limber.account.SignedInPerson;
import app.limber.community.CommentRefusedException;
import app.limber.community.CommentService;
import app.limber.community.CommentStatus;
import app.limber.community.Discussion;
import app.limber.community.PostedComment;
import app.limber.community.ThreadComment;
import app.limber.content.CommentableItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The discussion under an article or routine: comments with their replies (threaded by the community service, shown
 * here as one list whose CSS indents replies on wide screens and says "in reply to" on phones), and the form to join
 * in.
 */
class CommentThread extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);
    private static final String OLDEST_FIRST = "Oldest first";
    private static final String NEWEST_FIRST = "Newest first";

    private final CommentService comments;
    private final Clock clock;
    private final CommentableItem.Kind kind;
    private final long itemId;
    private boolean newestFirst;

    CommentThread(CommentService comments, Clock clock, CommentableItem.Kind kind, long itemId) {
        this.comments = comments;
        this.clock = clock;
        this.kind = kind;
        this.itemId = itemId;
        addClassName("comment-thread");
        setId("comments");
        refresh();
    }

    private void refresh() {
        removeAll();
        Optional<Discussion> found = comments.discussion(kind, itemId, OwnComments.inThisSession(), newestFirst);
        if (found.isEmpty()) {
            return;
        }
        Discussion discussion = found.get();
        Select<String> order = new Select<>();
        order.setItems(OLDEST_FIRST, NEWEST_FIRST);
        order.setValue(newestFirst ? NEWEST_FIRST : OLDEST_FIRST);
        order.setAriaLabel("Order of comments");
        order.addValueChangeListener(event -> {
            newestFirst = NEWEST_FIRST.equals(event.getValue());
            refresh();
        });
        long count = discussion.size();
        H2 heading = new H2(count == 0 ? "Comments" : count == 1 ? "1 comment" : count + " comments");
        Div header = new Div(heading);
        if (count > 1) {
            header.add(order);
        }
        header.addClassName("comment-thread-header");
        add(header);
        Div list = new Div();
        list.addClassName("comment-list");
        // One flat list in reading order; the depth (a CSS variable) indents replies on wide screens only.
        discussion.inReadingOrder().forEach(comment -> list.add(block(comment, discussion)));
        add(list);
        if (discussion.open()) {
            add(new H2("Leave a reply"), form(null, discussion));
        } else {
            Paragraph closed = new Paragraph(discussion.closedReason() + " ");
            closed.add(new Anchor("login", "Sign in"));
            closed.addClassName("comment-closed");
            add(closed);
        }
    }

    private CommentForm form(Long replyTo, Discussion discussion) {
        return new CommentForm(comments, clock, kind, itemId, replyTo, discussion.asGuest(),
                discussion.mayAnswerAsInstructor(), this::posted);
    }

    private void posted(PostedComment result) {
        refresh();
        Notification.show(result.message(), 5000, Notification.Position.BOTTOM_CENTER);
    }

    private Article block(ThreadComment comment, Discussion discussion) {
        Article block = new Article();
        block.addClassName("comment");
        block.setId("comment-" + comment.id());
        block.getStyle().set("--comment-depth", Integer.toString(comment.depth()));
        Div meta = new Div();
        meta.addClassName("comment-meta");
        meta.add(comment.website() == null ? new Span(comment.authorName())
                : CommentBody.link(comment.website(), comment.authorName()));
        meta.getChildren().findFirst().ifPresent(name -> name.addClassName("comment-author"));
        if (comment.instructor()) {
            meta.add(badge("Instructor", "comment-badge-instructor"));
        }
        if (comment.inReplyTo() != null) {
            block.addClassName("comment-reply");
            Span inReplyTo = new Span("in reply to " + comment.inReplyTo());
            inReplyTo.addClassName("comment-in-reply-to");
            if (comment.flattened()) {
                block.addClassName("comment-flattened");
            }
            meta.add(inReplyTo);
        }
        Span when = new Span(WHEN.format(comment.postedAt().atZone(SignedInPerson.currentZone()))
                + (comment.editedAt() == null ? "" : " · edited"));
        when.addClassName("comment-when");
        meta.add(when);
        if (comment.status() == CommentStatus.PENDING) {
            block.addClassName("comment-pending");
            meta.add(badge(comment.own() ? "Your comment is awaiting moderation" : "Awaiting moderation",
                    "comment-awaiting"));
        }
        CommentBody body = new CommentBody(comment.text());
        block.add(meta, body);
        Div actions = new Div();
        actions.addClassName("comment-actions");
        if (discussion.open() && comment.acceptsReplies()) {
            Button reply = small("Reply");
            reply.addClickListener(event -> {
                reply.setVisible(false);
                CommentForm form = form(comment.id(), discussion);
                block.addComponentAtIndex(block.indexOf(actions) + 1, form);
            });
            actions.add(reply);
        }
        if (comment.editableUntil() != null) {
            actions.add(small("Edit", () -> edit(block, body, comment)));
        }
        if (comment.own()) {
            actions.add(small("Delete", () -> confirmDelete(comment)));
        }
        if (actions.getChildren().findAny().isPresent()) {
            block.add(actions);
        }
        return block;
    }

    private void edit(Article block, CommentBody body, ThreadComment comment) {
        TextArea text = new TextArea("Edit your comment");
        text.setWidthFull();
        text.setValue(comment.text());
        Button save = new Button("Save", event -> {
            try {
                comments.edit(comment.id(), text.getValue(), OwnComments.inThisSession());
                refresh();
            } catch (CommentRefusedException refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div editor = new Div(text, save, small("Cancel", this::refresh));
        editor.addClassName("comment-editor");
        block.replace(body, editor);
    }

    private void confirmDelete(ThreadComment comment) {
        ConfirmDialog confirm = new ConfirmDialog("Delete your comment?",
                "It disappears from the page. This can't be undone by you.", "Delete", event -> {
                    comments.delete(comment.id(), OwnComments.inThisSession());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassName("comment-badge");
        badge.addClassName(className);
        return badge;
    }

    private static Button small(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Button small(String text, Runnable action) {
        Button button = small(text);
        button.addClickListener(event -> action.run());
        return button;
    }

}
