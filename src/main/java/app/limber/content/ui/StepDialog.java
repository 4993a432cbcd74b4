package app.limber.content.ui;

import app.limber.content.RoutineService;
import app.limber.content.Side;
import app.limber.content.StepDraft;
import app.limber.content.Timestamps;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Adds or edits one step, with an optional picture and a clip of one of the instructor's videos; validation messages
 * appear at the fields, and nothing changes until "Done".
 */
class StepDialog extends Dialog {

    private final BeanValidationBinder<StepDraft> binder = new BeanValidationBinder<>(StepDraft.class);
    private final StepDraft working;
    private final ComboBox<VideoChoice> video = new ComboBox<>("Video");
    private final TextField clipStart = new TextField("Clip starts at");
    private final TextField clipEnd = new TextField("Clip ends at");

    StepDialog(String title, StepDraft step, StepMedia media, Consumer<StepDraft> onDone) {
        this.working = step.copy();
        setHeaderTitle(title);

        TextField name = new TextField("Name");
        name.setMaxLength(StepDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("Toes tucked, sit back on heels");
        TextArea cue = new TextArea("Cue");
        cue.setMaxLength(StepDraft.CUE_MAX);
        cue.setHelperText("What to notice or adjust, in a sentence or two.");
        RadioButtonGroup<StepDraft.Measure> measure = new RadioButtonGroup<>("Hold for");
        measure.setItems(StepDraft.Measure.values());
        measure.setItemLabelGenerator(StepDraft.Measure::label);
        IntegerField amount = new IntegerField("How many");
        amount.setMin(1);
        amount.setMax(StepDraft.AMOUNT_MAX);
        amount.setStepButtonsVisible(true);
        Select<Side> side = new Select<>();
        side.setLabel("Side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);

        binder.forField(name).bind("name");
        binder.forField(cue).bind("cue");
        binder.forField(measure).bind("measure");
        binder.forField(amount).asRequired("Enter a number").bind("amount");
        binder.forField(side).bind("side");
        bindClip(media);
        binder.readBean(working);
        holdFollowsClip(measure, amount);

        Long routineId = media.routineId();
        Component picture = routineId == null ? StudioEditorFrame.saveFirst("a picture to this step")
                : new PictureField(PictureField.ofRoutine(media.routines(), routineId), working.getImageId(),
                        working::setImageId);
        FormLayout form = new FormLayout(name, cue, measure, amount, side, video, clipStart, clipEnd, picture);
        form.setColspan(name, 2);
        form.setColspan(cue, 2);
        form.setColspan(video, 2);
        form.setColspan(picture, 2);
        add(form);

        Button done = new Button("Done", event -> {
            if (binder.writeBeanIfValid(working)) {
                onDone.accept(working);
                close();
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, done);
        name.focus();
    }

    /** The video list (the caller's own videos, all for admins, searched in the database) and the clip times. */
    private void bindClip(StepMedia media) {
        video.setItems(query -> media.videos()
                .list(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream().map(VideoChoice::of));
        video.setItemLabelGenerator(VideoChoice::label);
        video.setClearButtonVisible(true);
        video.setPlaceholder("No video");
        video.setHelperText("Play part of one of your videos with this step.");
        Long chosen = working.getVideoId();
        if (chosen != null) {
            video.setValue(new VideoChoice(chosen, working.getVideoTitle() == null ? "Video " + chosen
                    : working.getVideoTitle(), working.getVideoDuration()));
        }
        clipStart.setPlaceholder("m:ss");
        clipEnd.setPlaceholder("m:ss");
        clipEnd.setHelperText("Leave empty to play to the end.");

        Binder.Binding<StepDraft, Integer> start = binder.forField(clipStart)
                .withConverter(new VideoEditorView.DurationConverter())
                .withConverter(seconds -> seconds == null ? 0 : seconds, seconds -> seconds)
                .withValidator(Validator.from(seconds -> duration() == null || seconds < duration(),
                        context -> RoutineService.clipBeyondVideo(durationOrZero())))
                .bind(StepDraft::getVideoStart, StepDraft::setVideoStart);
        Binder.Binding<StepDraft, Integer> end = binder.forField(clipEnd)
                .withNullRepresentation("")
                .withConverter(new VideoEditorView.DurationConverter())
                .withValidator(seconds -> video.isEmpty() || seconds == null || seconds > startSeconds(),
                        StepDraft.CLIP_END_AFTER_START)
                .withValidator(Validator.from(seconds -> seconds == null || duration() == null
                        || seconds <= duration(), context -> RoutineService.clipBeyondVideo(durationOrZero())))
                .bind(StepDraft::getVideoEnd, StepDraft::setVideoEnd);
        video.addValueChangeListener(event -> {
            VideoChoice choice = event.getValue();
            working.chooseVideo(choice == null ? null : choice.id(), choice == null ? null : choice.title(),
                    choice == null ? null : choice.durationSeconds());
            clipStart.setEnabled(choice != null);
            clipEnd.setEnabled(choice != null);
            start.validate();
            end.validate();
        });
        clipStart.addValueChangeListener(event -> end.validate());
        clipStart.setEnabled(chosen != null);
        clipEnd.setEnabled(chosen != null);
    }

    /**
     * A step held for seconds lasts as long as its clip (to its end, or to the video's end, whose length the upload
     * read from the file), until the instructor types a hold of their own in this dialog; the routine's length follows.
     */
    private void holdFollowsClip(RadioButtonGroup<StepDraft.Measure> measure, IntegerField amount) {
        // The hold the dialog opened with or last filled in; any other value was typed by the instructor.
        Integer[] followed = {amount.getValue()};
        Runnable follow = () -> {
            Integer clip = clipSeconds();
            if (Objects.equals(amount.getValue(), followed[0]) && clip != null && clip > 0
                    && measure.getValue() == StepDraft.Measure.SECONDS) {
                followed[0] = Math.min(clip, StepDraft.AMOUNT_MAX);
                amount.setValue(followed[0]);
            }
        };
        video.addValueChangeListener(event -> follow.run());
        clipStart.addValueChangeListener(event -> follow.run());
        clipEnd.addValueChangeListener(event -> follow.run());
        measure.addValueChangeListener(event -> follow.run());
    }

    /** How long the chosen clip plays, if that is known. */
    private @Nullable Integer clipSeconds() {
        if (video.isEmpty()) {
            return null;
        }
        Integer end;
        try {
            end = clipEnd.getValue().isBlank() ? duration() : Integer.valueOf(Timestamps.parse(clipEnd.getValue()));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
        return end == null ? null : end - startSeconds();
    }

    /** The chosen video's length, when there is a video and its length is known. */
    private @Nullable Integer duration() {
        VideoChoice choice = video.getValue();
        return choice == null ? null : choice.durationSeconds();
    }

    private int durationOrZero() {
        Integer duration = duration();
        return duration == null ? 0 : duration;
    }

    private int startSeconds() {
        try {
            return clipStart.getValue().isBlank() ? 0 : Timestamps.parse(clipStart.getValue());
        } catch (IllegalArgumentException unreadable) {
            return 0;
        }
    }
}
