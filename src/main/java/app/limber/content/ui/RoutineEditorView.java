package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.Level;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import app.limber.content.Visibility;
import app.limber.ChangedBySomeoneElseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Writes one routine: details, ordered steps, a live total, publishing, and a guard against losing edits. */
@Route("studio/routines")
@PageTitle("Edit routine")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RoutineEditorView extends Main implements HasUrlParameter<Long>, BeforeLeaveObserver {

    private final RoutineService routines;
    private final VideoService videos;
    private final BeanValidationBinder<RoutineDraft> binder = new BeanValidationBinder<>(RoutineDraft.class);
    private final StepsEditor steps = new StepsEditor(this::stepsChanged);
    private final Span total = new Span();
    private final Div status = new Div();
    private final PublishingActions<RoutineDraft> publishing;
    private @Nullable RoutineDraft draft;
    private @Nullable PictureField cover;
    private boolean stepsDirty;
    private boolean coverDirty;

    RoutineEditorView(RoutineService routines, VideoService videos) {
        this.routines = routines;
        this.videos = videos;
        this.publishing = new PublishingActions<>(routines, this::saveIfNeeded, this::show);
        addClassName("routine-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            routines.load(id).ifPresentOrElse(loaded -> {
                steps.useMedia(new StepMedia(routines, videos, id));
                buildEditor(id);
                show(loaded);
            }, () -> add(new H1("This routine doesn't exist"), new Anchor("studio/routines", "Back to routines")));
        } catch (AccessDeniedException notYours) {
            add(new H1("This routine belongs to another instructor"), new Anchor("studio/routines", "Back to routines"));
        }
    }

    private void buildEditor(long id) {
        TextField title = new TextField("Title");
        title.setMaxLength(RoutineDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea summary = new TextArea("Summary");
        summary.setMaxLength(RoutineDraft.SUMMARY_MAX);
        summary.setHelperText("One or two sentences for lists and cards.");
        Select<Level> level = new Select<>("Level", event -> { }, Level.values());
        level.setItemLabelGenerator(Level::label);
        Select<Visibility> visibility = new Select<>("Who can see it", event -> { }, Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        TextField tags = new TextField("Tags");
        tags.setHelperText("Separate with commas, e.g. ankle mobility, foot mobility");
        TextArea body = new TextArea("Text");
        body.setMaxLength(RoutineDraft.BODY_MAX);
        body.setHelperText("Markdown: **bold**, *italic*, lists, ## headings, [links](https://…).");
        body.addClassName("body-field");

        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(level).bind("level");
        binder.forField(visibility).bind("visibility");
        binder.forField(tags).withConverter(new TagsConverter()).bind("tags");
        binder.forField(body).bind("body");

        FormLayout form = new FormLayout(title, level, visibility, tags, summary, body);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(body, 2);

        Button save = new Button("Save", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        Div actions = new Div(save, publishing);
        actions.addClassName("editor-actions");
        total.addClassName("total-duration");
        status.addClassName("editor-status");

        PictureField coverField = new PictureField(PictureField.ofRoutine(routines, id), null, chosen -> {
            coverDirty = true;
        });
        coverField.addClassName("cover-field");
        cover = coverField;

        add(new Div(new Anchor("studio/routines", "← Routines")), status, form,
                new H2("Cover picture"), coverField, new Div(new H2("Steps"), total), steps, actions);
    }

    private void show(RoutineDraft loaded) {
        draft = loaded;
        binder.readBean(loaded);
        steps.setSteps(loaded.getSteps());
        stepsDirty = false;
        if (cover != null) {
            cover.show(loaded.getCoverImageId());
        }
        coverDirty = false;
        total.setText(steps.totalText());
        status.removeAll();
        status.add(StudioList.statusBadge(loaded.getStatus()),
                new Anchor("studio/routines/" + loaded.getId() + "/preview", "Preview as runner"));
        publishing.showFor(loaded);
    }

    private void stepsChanged() {
        stepsDirty = true;
        total.setText(steps.totalText());
    }

    boolean hasUnsavedChanges() {
        return draft != null && (binder.hasChanges() || stepsDirty || coverDirty);
    }

    /** Saves when there is something to save; returns the current draft, or null when the input is invalid. */
    private @Nullable RoutineDraft saveIfNeeded() {
        return hasUnsavedChanges() ? save() : draft;
    }

    @Nullable RoutineDraft save() {
        RoutineDraft current = draft;
        if (current == null || !binder.writeBeanIfValid(current)) {
            return null;
        }
        current.setSteps(steps.getSteps());
        if (cover != null) {
            current.setCoverImageId(cover.imageId());
        }
        try {
            show(routines.save(current));
            notify("Saved", NotificationVariant.LUMO_SUCCESS);
            return draft;
        } catch (ChangedBySomeoneElseException | ConstraintViolationException | IllegalArgumentException
                | AccessDeniedException refused) {
            notify(refused instanceof ConstraintViolationException invalid ? invalid.getConstraintViolations().stream()
                    .map(v -> v.getMessage()).distinct().collect(Collectors.joining(". ")) : refused.getMessage(),
                    NotificationVariant.LUMO_ERROR);
            return null;
        }
    }

    static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Leave without saving?",
                "Your changes to this routine are not saved yet.", "Leave", e -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** "ankle mobility, foot mobility" ⇄ a set of tag names. */
    static final class TagsConverter implements Converter<String, Set<String>> {
        @Override
        public Result<Set<String>> convertToModel(String value, com.vaadin.flow.data.binder.ValueContext context) {
            Set<String> tags = Arrays.stream(value == null ? new String[0] : value.split(","))
                    .map(String::strip).filter(tag -> !tag.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return Result.ok(tags);
        }

        @Override
        public String convertToPresentation(Set<String> value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }

    Component stepsEditor() {
        return steps;
    }
}
