package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineFilter;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.content.VideoDraft;
import app.limber.content.VideoFixtures;
import app.limber.content.VideoService;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.combobox.ComboBox;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoutineEditorViewTest extends UiTest {

    @Autowired
    RoutineService routines;

    SignedInPerson maya;
    long routineId;

    @BeforeEach
    void aDraftRoutine() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        loginAs(maya);
        routineId = routines.createDraft("Post-run toe stretch");
    }

    private void addStep(String name, int seconds) {
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue(name);
        _get(IntegerField.class, spec -> spec.withLabel("How many")).setValue(seconds);
        _click(_get(Button.class, spec -> spec.withText("Done")));
    }

    @Test
    void instructorAddsAndReordersStepsWithALiveTotalAndSaves() {
        navigateTo("studio/routines/" + routineId);
        addStep("Toes tucked, sit back on heels", 60);
        addStep("Tops of the feet down", 45);
        assertThat(_get(Span.class, spec -> spec.withClasses("total-duration")).getText()).isEqualTo("About 1 min 45 s");

        StepsEditor steps = _get(StepsEditor.class);
        steps.move(steps.getSteps().get(1), -1);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        RoutineDraft saved = routines.load(routineId).orElseThrow();
        assertThat(saved.getSteps()).extracting(StepDraft::getName)
                .containsExactly("Tops of the feet down", "Toes tucked, sit back on heels");
        assertThat(saved.totalSeconds()).isEqualTo(105);
        NotificationsKt.expectNotifications("Saved");
    }

    @Test
    void aStepWithoutANameIsNotAdded() {
        navigateTo("studio/routines/" + routineId);
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _click(_get(Button.class, spec -> spec.withText("Done")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getErrorMessage()).isEqualTo("Give the step a name");
    }

    @Test
    void staleSaveIsRefusedAndTheInputStaysInTheForm() {
        navigateTo("studio/routines/" + routineId);
        RoutineDraft elsewhere = routines.load(routineId).orElseThrow();
        elsewhere.setSummary("Changed in another tab");
        routines.save(elsewhere);

        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("My better title");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications(
                "Someone else changed this in the meantime. Your changes are still here: reload to see theirs, "
                        + "or copy what you need first.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My better title");
        assertThat(routines.load(routineId).orElseThrow().getTitle()).isEqualTo("Post-run toe stretch");
    }

    private long routineCount() {
        return routines.count(new RoutineFilter("", null, null));
    }

    @Test
    void newRoutineOpensAnUnsavedEditorAndLeavingItStoresNothing() {
        long before = routineCount();
        navigateTo("studio/routines");
        _click(_get(Button.class, spec -> spec.withText("New routine")));

        assertThat(currentView()).isInstanceOf(NewRoutineView.class);
        assertThat(currentPath()).isEqualTo("studio/routines/new");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Save first to add a cover picture.")).isVisible())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Publish now"))).noneMatch(Button::isVisible);
        assertThat(routineCount()).isEqualTo(before);

        navigateTo("studio/routines");
        assertThat(currentView()).isInstanceOf(RoutineListView.class);
        assertThat(routineCount()).isEqualTo(before);
    }

    @Test
    void theFirstSaveOfANewRoutineStoresItOnceWithItsStepsAndMovesToItsAddress() {
        long before = routineCount();
        navigateTo("studio/routines/new");
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Calf raises on a step");
        addStep("Rise onto the toes", 30);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(routineCount()).isEqualTo(before + 1);
        RoutineEditorView editor = (RoutineEditorView) currentView();
        long id = Long.parseLong(currentPath().substring("studio/routines/".length()));
        RoutineDraft saved = routines.load(id).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Calf raises on a step");
        assertThat(saved.getSteps()).extracting(StepDraft::getName).containsExactly("Rise onto the toes");
        assertThat(editor.hasUnsavedChanges()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(routineCount()).isEqualTo(before + 1);
    }

    @Test
    void aNewRoutineWithoutATitleIsNotStored() {
        long before = routineCount();
        navigateTo("studio/routines/new");
        addStep("Rise onto the toes", 30);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(currentView()).isInstanceOf(NewRoutineView.class);
        assertThat(routineCount()).isEqualTo(before);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        navigateTo("studio/routines/" + routineId);
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Unsaved title");

        navigateTo("studio/routines");

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(currentView()).isInstanceOf(RoutineEditorView.class);
    }

    @Test
    void publishNowSavesPendingEditsFirst() {
        navigateTo("studio/routines/" + routineId);
        addStep("Seated point and flex", 30);
        _click(_get(Button.class, spec -> spec.withText("Publish now")));

        RoutineDraft published = routines.load(routineId).orElseThrow();
        assertThat(published.getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(published.getSteps()).hasSize(1);
        assertThat(routines.findLive(published.getSlug(), false)).isPresent();
    }

    @Autowired
    VideoService videos;

    @Test
    void aStepGetsAClipOfTheInstructorsVideoWithTimesCheckedAtTheFields() {
        long video = videos.createUpload("toe-stretch.mp4", new ByteArrayInputStream(VideoFixtures.mp4(5_000)));
        VideoDraft details = videos.load(video).orElseThrow();
        details.setTitle("Toe stretch");
        details.setDurationSeconds(30);
        videos.save(details);
        navigateTo("studio/routines/" + routineId);
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Sit back with toes tucked");
        @SuppressWarnings("unchecked")
        ComboBox<VideoChoice> choice = _get(ComboBox.class, spec -> spec.withLabel("Video"));
        List<VideoChoice> offered = ComboBoxKt.getSuggestionItems(choice);
        assertThat(offered).extracting(VideoChoice::label).containsExactly("Toe stretch (0:30)");
        choice.setValue(offered.getFirst());
        TextField start = _get(TextField.class, spec -> spec.withLabel("Clip starts at"));
        TextField end = _get(TextField.class, spec -> spec.withLabel("Clip ends at"));

        start.setValue("0:10");
        end.setValue("0:05");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo(StepDraft.CLIP_END_AFTER_START);
        end.setValue("0:45");
        assertThat(end.getErrorMessage()).isEqualTo("The video is only 0:30 long");
        start.setValue("ten");
        assertThat(start.getErrorMessage()).isEqualTo("Write the time as minutes:seconds, e.g. 1:30");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        assertThat(_find(StepDialog.class)).as("still open").hasSize(1);

        start.setValue("0:10");
        end.setValue("0:25");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        StepDraft saved = routines.load(routineId).orElseThrow().getSteps().getFirst();
        assertThat(saved.getVideoId()).isEqualTo(video);
        assertThat(saved.getVideoStart()).isEqualTo(10);
        assertThat(saved.getVideoEnd()).isEqualTo(25);
        assertThat(StepsEditor.mediaText(saved)).isEqualTo("Video 0:10–0:25");
    }

    @Test
    void aStepHeldForSecondsLastsAsLongAsItsClipUntilTheInstructorTypesAHold() {
        // A 45-second upload: its length comes from the file's own header.
        long video = videos.createUpload("point and flex.mp4", new ByteArrayInputStream(
                app.limber.content.MovieFiles.mp4(0, 1000, 45_000, true, 2_000)));
        navigateTo("studio/routines/" + routineId);
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Point and flex");
        @SuppressWarnings("unchecked")
        ComboBox<VideoChoice> choice = _get(ComboBox.class, spec -> spec.withLabel("Video"));
        choice.setValue(ComboBoxKt.getSuggestionItems(choice).getFirst());
        com.vaadin.flow.component.textfield.IntegerField hold = _get(
                com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("How many"));
        assertThat(hold.getValue()).as("the whole video").isEqualTo(45);
        _get(TextField.class, spec -> spec.withLabel("Clip starts at")).setValue("0:05");
        _get(TextField.class, spec -> spec.withLabel("Clip ends at")).setValue("0:35");
        assertThat(hold.getValue()).as("the clip").isEqualTo(30);

        hold.setValue(40);
        _get(TextField.class, spec -> spec.withLabel("Clip ends at")).setValue("0:20");
        assertThat(hold.getValue()).as("typed by hand, kept").isEqualTo(40);
        hold.setValue(15);
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(routines.load(routineId).orElseThrow().getSteps().getFirst().getVideoId()).isEqualTo(video);
        assertThat(jdbc.queryForObject("select total_seconds from routines where id = ?", Integer.class, routineId))
                .isEqualTo(15);
    }

    @Test
    void anotherInstructorCannotOpenTheEditor() {
        logout();
        loginAs(Role.INSTRUCTOR);
        navigateTo("studio/routines/" + routineId);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Title"))).isEmpty();
        assertThat(List.of(currentView().getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("belongs to another instructor"));
    }

    @Test
    void schedulingHappensInTheInstructorsOwnTimeZone(@Autowired app.limber.account.AccountService accounts) {
        accounts.updateProfile("Maya Lindqvist", "Europe/Helsinki");
        navigateTo("studio/routines/" + routineId);

        _click(_get(Button.class, spec -> spec.withText("Schedule…")));

        com.vaadin.flow.component.datetimepicker.DateTimePicker when =
                _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class);
        assertThat(when.getHelperText()).contains("Europe/Helsinki");
        java.time.LocalDateTime chosen = java.time.LocalDateTime.of(2030, 1, 15, 7, 30);
        when.setValue(chosen);
        _click(_get(Button.class, spec -> spec.withText("Schedule")));

        assertThat(routines.load(routineId).orElseThrow().getPublishAt())
                .isEqualTo(chosen.atZone(java.time.ZoneId.of("Europe/Helsinki")).toInstant());
    }
}
