package app.limber.content.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.content.PublishableDraft;
import app.limber.content.PublishingWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.HasUrlParameter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the routine, article and program editors share around their own fields: opening the item (or saying why
 * it can't be edited), the back link, the status line with its badge, Save next to the publishing buttons, saving
 * with "changed by someone else" shown while the input stays, and the guard against leaving unsaved changes.
 */
public final class StudioEditorFrame<D extends PublishableDraft> {

    private final String noun;
    private final String listRoute;
    private final String listTitle;
    private final Consumer<D> show;
    private final Div status = new Div();
    private final PublishingActions<D> publishing;

    /**
     * @param noun         what is edited, as in "this routine"
     * @param listRoute    the studio list the editor belongs to, e.g. "studio/routines"
     * @param listTitle    that list's title, e.g. "Routines"
     * @param saveIfNeeded saves pending edits before a publishing step; null when the input is invalid
     * @param show         shows a draft the service returned
     */
    public StudioEditorFrame(String noun, String listRoute, String listTitle, PublishingWorkflow<D> workflow,
            Supplier<@Nullable D> saveIfNeeded, Consumer<D> show) {
        this.noun = noun;
        this.listRoute = listRoute;
        this.listTitle = listTitle;
        this.show = show;
        this.publishing = new PublishingActions<>(workflow, saveIfNeeded, show);
        status.addClassName("editor-status");
    }

    /** Empties the view, then builds the editor for the loaded item, or says it is missing or not the caller's. */
    public void open(HasComponents view, Supplier<Optional<D>> load, Consumer<D> build) {
        view.removeAll();
        try {
            load.get().ifPresentOrElse(build, () -> view.add(new H1("This " + noun + " doesn't exist"), backTo()));
        } catch (AccessDeniedException notYours) {
            view.add(new H1("This " + noun + " belongs to another instructor"), backTo());
        }
    }

    private Anchor backTo() {
        return new Anchor(listRoute, "Back to " + listTitle.toLowerCase(Locale.ROOT));
    }

    /** "← Routines" above the form. */
    public Div backLink() {
        return new Div(new Anchor(listRoute, "← " + listTitle));
    }

    /** The line with the status badge and any links the editor adds (preview, public page). */
    public Div status() {
        return status;
    }

    /** Save (also Ctrl+S) next to the publishing buttons. */
    public Div actions(Runnable save) {
        Button saveButton = new Button("Save", event -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Div actions = new Div(saveButton, publishing);
        actions.addClassName("editor-actions");
        return actions;
    }

    /** For a new item that is not stored yet: says so, and offers no publishing until the first save. */
    public void showUnsaved() {
        status.removeAll();
        Span notSaved = new Span("Not saved yet");
        notSaved.addClassNames("badge", "badge-unsaved");
        status.add(notSaved);
        publishing.setVisible(false);
    }

    /** In a new editor, where a part that needs the stored item would be: "Save first to add pictures". */
    public static Paragraph saveFirst(String what) {
        Paragraph hint = new Paragraph("Save first to add " + what + ".");
        hint.addClassName("save-first");
        return hint;
    }

    /** Shows the draft's status badge followed by the given links, and the publishing steps open to it. */
    public void showStatus(D loaded, Component... links) {
        status.removeAll();
        publishing.setVisible(true);
        status.add(StudioList.statusBadge(loaded.getStatus()));
        status.add(links);
        publishing.showFor(loaded);
    }

    /**
     * Stores the draft and shows what was stored; a refusal (changed by someone else, invalid, not allowed) is
     * shown as a notice and the editor keeps the person's input. Returns the stored draft, or null when refused.
     */
    public @Nullable D save(D current, UnaryOperator<D> store) {
        try {
            D saved = store.apply(current);
            show.accept(saved);
            Notices.show("Saved", NotificationVariant.LUMO_SUCCESS);
            return saved;
        } catch (ChangedBySomeoneElseException | IllegalArgumentException | AccessDeniedException refused) {
            Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR);
            return null;
        } catch (ConstraintViolationException invalid) {
            Notices.show(invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).distinct()
                    .collect(Collectors.joining(". ")), NotificationVariant.LUMO_ERROR);
            return null;
        }
    }

    /**
     * The first save of a new item: stores it with everything entered (as {@link #save}), then moves on to its own
     * address, where the parts that need a stored item (pictures) are offered. Returns the stored draft, or null.
     */
    public <E extends Component & HasUrlParameter<Long>> @Nullable D create(D unsaved, UnaryOperator<D> create,
            Class<E> editor) {
        D created = save(unsaved, create);
        if (created != null) {
            UI.getCurrent().navigate(editor, created.getId());
        }
        return created;
    }

    /** Asks before leaving when there are unsaved changes. */
    public void confirmLeave(BeforeLeaveEvent event, boolean unsavedChanges) {
        if (!unsavedChanges) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Leave without saving?",
                "Your changes to this " + noun + " are not saved yet.", "Leave", e -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
