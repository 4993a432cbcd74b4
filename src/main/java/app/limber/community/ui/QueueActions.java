package app.limber.community.ui;

import app.limber.community.CommentModeration;
import app.limber.community.CommentStatus;
import app.limber.community.ModerationStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the moderation queue does to one comment or a selection: moves (each with an Undo on its notification for
 * {@link #UNDO_TIME}), restore, and permanent deletion behind a confirmation.
 */
final class QueueActions {

    /** How long the Undo button stays on the notification after a move. */
    static final Duration UNDO_TIME = Duration.ofSeconds(10);

    /** An action offered on a tab, as (label, what it does to a set of comment ids). */
    record Action(String label, Consumer<Set<Long>> run) {
    }

    private final CommentModeration moderation;
    private final Runnable afterChange;

    QueueActions(CommentModeration moderation, Runnable afterChange) {
        this.moderation = moderation;
        this.afterChange = afterChange;
    }

    List<Action> forStatus(CommentStatus status) {
        Action approve = new Action("Approve", ids -> move(ids, CommentStatus.APPROVED));
        Action unapprove = new Action("Unapprove", ids -> move(ids, CommentStatus.PENDING));
        Action spam = new Action("Spam", ids -> move(ids, CommentStatus.SPAM));
        Action trash = new Action("Trash", ids -> move(ids, CommentStatus.TRASH));
        Action restore = new Action(status == CommentStatus.SPAM ? "Not spam" : "Restore", this::restore);
        Action delete = new Action("Delete permanently", this::confirmDelete);
        return switch (status) {
            case PENDING -> List.of(approve, spam, trash);
            case APPROVED -> List.of(unapprove, spam, trash);
            case SPAM, TRASH -> List.of(restore, delete);
        };
    }

    void move(Set<Long> ids, CommentStatus to) {
        if (ids.isEmpty()) {
            return;
        }
        ModerationStep step = moderation.move(ids, to);
        done(comments(step.count()) + " moved to " + to.label(), step);
    }

    private void restore(Set<Long> ids) {
        ModerationStep step = moderation.restore(ids);
        done(comments(step.count()) + " restored", step);
    }

    private void confirmDelete(Set<Long> ids) {
        confirm("Delete for good?", ids.size() == 1 ? "The comment and its replies are deleted permanently."
                : ids.size() + " comments and their replies are deleted permanently.", "Delete",
                () -> moderation.deletePermanently(ids));
    }

    void confirmEmptyTrash() {
        confirm("Empty the trash?", "Every comment in the trash is deleted permanently.", "Empty trash",
                moderation::emptyTrash);
    }

    private void confirm(String header, String text, String confirmText, java.util.function.IntSupplier delete) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, confirmText, event -> {
            int deleted = delete.getAsInt();
            afterChange.run();
            Notification.show(comments(deleted) + " deleted", 3000, Notification.Position.BOTTOM_START);
        });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Reloads the queue and says what happened, with an Undo that puts every moved comment back as it was. */
    private void done(String message, ModerationStep step) {
        afterChange.run();
        Notification notification = new Notification();
        notification.setDuration((int) UNDO_TIME.toMillis());
        notification.setPosition(Notification.Position.BOTTOM_START);
        Div content = new Div(new Span(message));
        content.addClassName("queue-notification");
        if (step.count() > 0) {
            Button undo = new Button("Undo", event -> {
                notification.close();
                int undone = moderation.undo(step);
                afterChange.run();
                Notification.show(undone == step.count() ? "Undone: " + comments(undone) + " put back"
                        : comments(undone) + " put back; the others were changed again meanwhile", 3000,
                        Notification.Position.BOTTOM_START);
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            undo.setId("undo");
            content.add(undo);
        }
        notification.add(content);
        notification.open();
    }

    private static String comments(int count) {
        return count + (count == 1 ? " comment" : " comments");
    }
}
