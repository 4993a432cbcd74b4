package app.limber.program.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineFacts;
import app.limber.content.Visibility;
import app.limber.content.ui.Notices;
import app.limber.content.ui.PictureField;
import app.limber.content.ui.StudioEditorFrame;
import app.limber.program.ProgramCovers;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds one program: details, the schedule as weeks × days (a click edits a day; move, copy, fill a week from
 * another), publishing, and a guard against losing edits. Schedule changes stay in the draft until saved. Opened for
 * a stored program ({@link ProgramEditorView}) or for a new one that is stored on its first save
 * ({@link NewProgramView}).
 */
abstract class ProgramEditor extends Main implements BeforeLeaveObserver {

    private final ProgramService programs;
    private final ProgramCovers covers;
    private @Nullable PictureField cover;
    private final BeanValidationBinder<ProgramDraft> binder = new BeanValidationBinder<>(ProgramDraft.class);
    private final IntegerField length = new IntegerField("Length in days");
    private final ScheduleGrid schedule = new ScheduleGrid(this::openDay, this::fillWeek);
    private final StudioEditorFrame<ProgramDraft> frame;
    private List<RoutineFacts> choices = List.of();
    private Map<Long, RoutineFacts> routines = Map.of();
    private @Nullable ProgramDraft draft;
    private boolean scheduleDirty;

    ProgramEditor(ProgramService programs, ProgramCovers covers) {
        this.programs = programs;
        this.covers = covers;
        this.frame = new StudioEditorFrame<>("program", "studio/programs", "Programs", programs, this::saveIfNeeded,
                this::show);
        addClassName("program-editor");
    }

    /** Builds the editor for the stored program, or says it is missing or someone else's. */
    final void openStored(long id) {
        frame.open(this, () -> programs.loadForEditing(id).map(editing -> {
            choices = editing.routineChoices();
            return editing.draft();
        }), loaded -> {
            routines = choices.stream().collect(Collectors.toMap(RoutineFacts::id, Function.identity()));
            buildEditor(id);
            show(loaded);
        });
    }

    /** Builds the editor for a new program; nothing is stored until its first save. */
    final void openNew() {
        removeAll();
        ProgramService.ProgramEditing editing = programs.newForEditing();
        choices = editing.routineChoices();
        routines = choices.stream().collect(Collectors.toMap(RoutineFacts::id, Function.identity()));
        buildEditor(null);
        ProgramDraft unsaved = editing.draft();
        draft = unsaved;
        binder.readBean(unsaved);
        length.setValue(unsaved.getLengthDays());
        length.setInvalid(false);
        schedule.show(unsaved, routines);
        frame.showUnsaved();
    }

    private void buildEditor(@Nullable Long id) {
        TextField title = new TextField("Title");
        title.setMaxLength(ProgramDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        Select<Visibility> visibility = new Select<>("Who can see it", event -> { }, Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        length.setMin(ProgramDraft.MIN_DAYS);
        length.setMax(ProgramDraft.MAX_DAYS);
        length.setStepButtonsVisible(true);
        length.addValueChangeListener(event -> lengthChanged(event.getValue()));
        TextArea description = new TextArea("Description");
        description.setMaxLength(ProgramDraft.DESCRIPTION_MAX);
        description.setHelperText("Who it is for and what to expect. Markdown: **bold**, lists, ## headings.");
        description.addClassName("body-field");

        binder.forField(title).bind("title");
        binder.forField(visibility).bind("visibility");
        binder.forField(description).bind("description");

        FormLayout form = new FormLayout(title, visibility, length, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);

        Paragraph hint = new Paragraph("Click a day to choose its routines, add a note, or move or copy it. "
                + "A day without routines is a rest day.");
        hint.addClassName("hint");

        Component coverField;
        if (id == null) {
            coverField = StudioEditorFrame.saveFirst("a cover picture");
        } else {
            PictureField picture = PictureField.cover(PictureField.Pictures.of(
                    (fileName, content) -> covers.upload(id, content), ProgramCovers::url, covers::maxBytes));
            cover = picture;
            coverField = picture;
        }

        add(frame.backLink(), frame.status(), form, new H2("Cover picture"), coverField,
                new H2("Schedule"), hint, schedule, frame.actions(this::save));
    }

    private void show(ProgramDraft loaded) {
        draft = loaded;
        binder.readBean(loaded);
        length.setValue(loaded.getLengthDays());
        length.setInvalid(false);
        scheduleDirty = false;
        if (cover != null) {
            cover.show(loaded.getCoverImageId());
        }
        schedule.show(loaded, routines);
        // The program's page as runners will see it, whatever its status (served by the public site's preview).
        Anchor preview = new Anchor("studio/programs/" + loaded.getId() + "/preview", "Preview program page");
        preview.addClassName("preview-link");
        frame.showStatus(loaded, preview);
        if (loaded.getStatus() == PublishingStatus.PUBLISHED || loaded.getStatus() == PublishingStatus.SCHEDULED) {
            frame.status().add(SiteLinks.toSite("/programs/" + loaded.getSlug(), "Open the program's page"));
        }
    }

    private void lengthChanged(@Nullable Integer after) {
        ProgramDraft current = draft;
        if (current == null || after == null || after == current.getLengthDays()) {
            return;
        }
        if (after < ProgramDraft.MIN_DAYS || after > ProgramDraft.MAX_DAYS) {
            length.setErrorMessage("Between " + ProgramDraft.MIN_DAYS + " and " + ProgramDraft.MAX_DAYS + " days");
            length.setInvalid(true);
            return;
        }
        length.setInvalid(false);
        int previous = current.getLengthDays();
        current.setLengthDays(after);
        List<Integer> lost = current.daysBeyondLength();
        if (lost.isEmpty()) {
            scheduleChanged();
            return;
        }
        ShorteningConfirmation.ask(after, lost, current::trimToLength, () -> {
            current.setLengthDays(previous);
            length.setValue(previous);
        }, this::scheduleChanged);
    }

    private void openDay(int dayNumber) {
        ProgramDraft current = draft;
        if (current == null) {
            return;
        }
        DayDialog dialog = new DayDialog(current.day(dayNumber), current.getLengthDays(), choices,
                programs.selfTestChoices(), programs.offersSelfTests(), new DraftDayActions(current, this::scheduleChanged));
        if (current.getId() != 0) {
            dialog.offerPreview(() -> previewDay(current.getId(), dayNumber));
        }
        dialog.open();
    }

    /** Opens the day in the session player's preview; it plays the saved program, so unsaved edits come first. */
    private void previewDay(long programId, int dayNumber) {
        if (hasUnsavedChanges()) {
            Notices.show("Save the program first: the preview plays the saved schedule.",
                    NotificationVariant.LUMO_CONTRAST);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(DayPreviewView.path(programId, dayNumber)));
    }

    private void fillWeek(int template, int target) {
        ProgramDraft current = draft;
        if (current != null) {
            current.fillWeek(template, target);
            scheduleChanged();
            Notices.show("Week " + target + " now follows week " + template + ". Save to keep it.",
                    NotificationVariant.LUMO_CONTRAST);
        }
    }

    private void scheduleChanged() {
        scheduleDirty = true;
        if (draft != null) {
            schedule.show(draft, routines);
        }
    }

    boolean hasUnsavedChanges() {
        return draft != null && (binder.hasChanges() || scheduleDirty || cover != null && cover.isChanged());
    }

    private @Nullable ProgramDraft saveIfNeeded() {
        return hasUnsavedChanges() ? save() : draft;
    }

    @Nullable ProgramDraft save() {
        ProgramDraft current = draft;
        if (current == null || length.isInvalid() || !binder.writeBeanIfValid(current)) {
            return null;
        }
        if (cover != null) {
            current.setCoverImageId(cover.imageId());
        }
        return current.getId() == 0 ? frame.create(current, programs::create, ProgramEditorView.class)
                : frame.save(current, programs::save);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        frame.confirmLeave(event, hasUnsavedChanges());
    }
}
