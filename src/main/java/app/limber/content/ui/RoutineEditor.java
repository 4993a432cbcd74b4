package app.limber.content.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.content.Level;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes one routine: details, ordered steps, a live total, publishing, and a guard against losing edits. Opened
 * for a stored routine ({@link RoutineEditorView}) or for a new one that is stored on its first save
 * ({@link NewRoutineView}).
 */
abstract class RoutineEditor extends Main implements BeforeLeaveObserver {

    private final RoutineService routines;
    private final VideoService videos;
    private final BeanValidationBinder<RoutineDraft> binder = new BeanValidationBinder<>(RoutineDraft.class);
    private final StepsEditor steps = new StepsEditor(this::stepsChanged);
    private final Span total = new Span();
    private final StudioEditorFrame<RoutineDraft> frame;
    private @Nullable RoutineDraft draft;
    private @Nullable PictureField cover;
    private boolean stepsDirty;

    RoutineEditor(RoutineService routines, VideoService videos) {
        this.routines = routines;
        this.videos = videos;
        this.frame = new StudioEditorFrame<>("routine", "studio/routines", "Routines", routines, this::saveIfNeeded,
                this::show);
        addClassName("routine-editor");
    }

    /** Builds the editor for the stored routine, or says it is missing or someone else's. */
    final void openStored(long id) {
        frame.open(this, () -> routines.load(id), loaded -> {
            steps.useMedia(new StepMedia(routines, videos, id));
            buildEditor(id);
            show(loaded);
        });
    }

    /** Builds the editor for a new routine; nothing is stored until its first save. */
    final void openNew() {
        removeAll();
        steps.useMedia(new StepMedia(routines, videos, null));
        buildEditor(null);
        RoutineDraft unsaved = routines.unsavedDraft();
        draft = unsaved;
        binder.readBean(unsaved);
        steps.setSteps(unsaved.getSteps());
        total.setText(steps.totalText());
        frame.showUnsaved();
    }

    private void buildEditor(@Nullable Long id) {
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

        total.addClassName("total-duration");

        Component coverField;
        if (id == null) {
            coverField = StudioEditorFrame.saveFirst("a cover picture");
        } else {
            PictureField picture = PictureField.cover(PictureField.ofRoutine(routines, id));
            cover = picture;
            coverField = picture;
        }

        add(frame.backLink(), frame.status(), form, new H2("Cover picture"), coverField,
                new Div(new H2("Steps"), total), steps, frame.actions(this::save));
    }

    private void show(RoutineDraft loaded) {
        draft = loaded;
        binder.readBean(loaded);
        steps.setSteps(loaded.getSteps());
        stepsDirty = false;
        if (cover != null) {
            cover.show(loaded.getCoverImageId());
        }
        total.setText(steps.totalText());
        frame.showStatus(loaded, SiteLinks.toSite("/studio/routines/" + loaded.getId() + "/preview", "Preview as runner"));
    }

    private void stepsChanged() {
        stepsDirty = true;
        total.setText(steps.totalText());
    }

    boolean hasUnsavedChanges() {
        return draft != null && (binder.hasChanges() || stepsDirty || cover != null && cover.isChanged());
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
        return current.getId() == 0 ? frame.create(current, routines::create, RoutineEditorView.class)
                : frame.save(current, routines::save);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        frame.confirmLeave(event, hasUnsavedChanges());
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
