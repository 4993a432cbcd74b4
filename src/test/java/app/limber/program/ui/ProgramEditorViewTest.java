package app.limber.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineFacts;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramFilter;
import app.limber.program.ProgramOutline;
import app.limber.program.ProgramService;
import app.limber.program.SelfTestCatalog.SelfTestOption;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramEditorViewTest extends UiTest {

    @Autowired
    ProgramService programs;

    @Autowired
    RoutineService routines;

    long programId;
    long sunSalute;
    long toeStretch;

    @BeforeEach
    void aDraftProgramAndTwoRoutines() {
        loginAs(accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)));
        sunSalute = routine("Sun salutation", true);
        toeStretch = routine("Post-run toe stretch", false);
        programId = programs.createDraft("Back on track");
    }

    private long routine(String title, boolean publish) {
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        StepDraft step = new StepDraft();
        step.setName("Breathe");
        draft.setSteps(List.of(step));
        RoutineDraft saved = routines.save(draft);
        if (publish) {
            routines.publishNow(saved.getId(), saved.getVersion());
        }
        return saved.getId();
    }

    private void plan(DayPlan... days) {
        ProgramDraft draft = programs.load(programId).orElseThrow();
        for (DayPlan day : days) {
            draft.setDay(day);
        }
        programs.save(draft);
    }

    private Div dayCell(int dayNumber) {
        return _find(Div.class, spec -> spec.withClasses("schedule-day")).get(dayNumber - 1);
    }

    private long programCount() {
        return programs.count(new ProgramFilter("", null));
    }

    @Test
    void newProgramOpensAnUnsavedEditorAndLeavingItStoresNothing() {
        long before = programCount();
        navigateTo("studio/programs");
        _click(_get(Button.class, spec -> spec.withText("New program")));

        assertThat(currentView()).isInstanceOf(NewProgramView.class);
        assertThat(currentPath()).isEqualTo("studio/programs/new");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Save first to add a cover picture.")).isVisible())
                .isTrue();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Preview program page")))
                .isEmpty();
        assertThat(programCount()).isEqualTo(before);

        navigateTo("studio/programs");
        assertThat(currentView()).isInstanceOf(ProgramListView.class);
        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void theFirstSaveOfANewProgramStoresItOnceWithTheScheduleAndMovesToItsAddress() {
        long before = programCount();
        navigateTo("studio/programs/new");
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Ten days of hips");
        _get(IntegerField.class, spec -> spec.withLabel("Length in days")).setValue(10);
        _click(dayCell(2));
        @SuppressWarnings("unchecked")
        ComboBox<RoutineFacts> add = _get(ComboBox.class, spec -> spec.withLabel("Add a routine"));
        add.setValue(ComboBoxKt.getSuggestionItems(add).stream().filter(r -> r.id() == sunSalute).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(programCount()).isEqualTo(before + 1);
        assertThat(currentView()).isInstanceOf(ProgramEditorView.class);
        long id = Long.parseLong(currentPath().substring("studio/programs/".length()));
        ProgramDraft saved = programs.load(id).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Ten days of hips");
        assertThat(saved.getLengthDays()).isEqualTo(10);
        assertThat(programs.outline(id).day(2).routineIds()).containsExactly(sunSalute);

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(programCount()).isEqualTo(before + 1);
    }

    @Test
    void aNewProgramWithoutATitleIsNotStored() {
        long before = programCount();
        navigateTo("studio/programs/new");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(currentView()).isInstanceOf(NewProgramView.class);
        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void instructorPlansADayInTheDialogAndSaves() {
        navigateTo("studio/programs/" + programId);
        assertThat(_find(Div.class, spec -> spec.withClasses("schedule-week"))).hasSize(5);
        assertThat(_find(Div.class, spec -> spec.withClasses("schedule-day"))).hasSize(30);

        _click(dayCell(1));
        @SuppressWarnings("unchecked")
        ComboBox<RoutineFacts> add = _get(ComboBox.class, spec -> spec.withLabel("Add a routine"));
        List<RoutineFacts> offered = ComboBoxKt.getSuggestionItems(add);
        assertThat(offered).extracting(RoutineFacts::title).containsExactly("Post-run toe stretch", "Sun salutation");
        add.setValue(offered.get(1));
        add.setValue(offered.get(0));
        _get(TextArea.class, spec -> spec.withLabel("Note for the runner")).setValue("Go gently on day one.");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        assertThat(dayCell(1).getElement().getTextRecursively()).contains("Sun salutation", "Post-run toe stretch");

        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved");
        DayPlan day1 = programs.outline(programId).day(1);
        assertThat(day1.routineIds()).containsExactly(sunSalute, toeStretch);
        assertThat(day1.note()).isEqualTo("Go gently on day one.");
    }

    @Test
    void aDraftProgramLinksToItsPagePreviewBeforeItIsPublished() {
        navigateTo("studio/programs/" + programId);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Preview program page")).getHref())
                .isEqualTo("studio/programs/" + programId + "/preview");
    }

    @Test
    void aSavedDayOpensInTheSessionPlayersPreview() {
        plan(new DayPlan(1, List.of(sunSalute), "", Set.of()));
        navigateTo("studio/programs/" + programId);
        _click(dayCell(1));
        _click(_get(Button.class, spec -> spec.withText("Preview this day")));

        assertThat(currentView()).isInstanceOf(DayPreviewView.class);
        assertThat(currentPath()).isEqualTo("studio/programs/" + programId + "/preview/day/1");
    }

    @Test
    void previewingADayWithUnsavedChangesAsksToSaveFirst() {
        plan(new DayPlan(1, List.of(sunSalute), "", Set.of()));
        navigateTo("studio/programs/" + programId);
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Back on track, gently");
        _click(dayCell(1));
        _click(_get(Button.class, spec -> spec.withText("Preview this day")));

        NotificationsKt.expectNotifications("Save the program first: the preview plays the saved schedule.");
        assertThat(currentView()).isInstanceOf(ProgramEditorView.class);
    }

    @Test
    void aNewProgramsDaysHaveNoPreviewUntilItIsSaved() {
        navigateTo("studio/programs/new");
        _click(dayCell(1));

        assertThat(_find(Button.class, spec -> spec.withText("Preview this day"))).isEmpty();
    }

    @Test
    void movingADayFromTheDialogSwapsItWithTheTargetDay() {
        plan(new DayPlan(1, List.of(sunSalute), "", Set.of()), new DayPlan(3, List.of(toeStretch), "", Set.of()));
        navigateTo("studio/programs/" + programId);

        _click(dayCell(1));
        _get(IntegerField.class, spec -> spec.withLabel("Move to day")).setValue(3);
        _click(_get(Button.class, spec -> spec.withText("Move")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        ProgramOutline outline = programs.outline(programId);
        assertThat(outline.day(1).routineIds()).containsExactly(toeStretch);
        assertThat(outline.day(3).routineIds()).containsExactly(sunSalute);
    }

    @Test
    void copyingADayAndFillingAWeekFromAnother() {
        plan(new DayPlan(1, List.of(sunSalute), "", Set.of()));
        navigateTo("studio/programs/" + programId);

        _click(dayCell(1));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Copy to days"))
                .setValue("3, 5");
        _click(_get(Button.class, spec -> spec.withText("Copy")));
        @SuppressWarnings("unchecked")
        Select<Integer> week3 = _find(Select.class, spec -> spec.withClasses("fill-week")).get(2);
        week3.setValue(1);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(programs.outline(programId).days()).extracting(DayPlan::dayNumber)
                .containsExactly(1, 3, 5, 15, 17, 19);
    }

    @Test
    void shorteningAsksBeforeDroppingPlannedDays() {
        plan(new DayPlan(10, List.of(sunSalute), "", Set.of()));
        navigateTo("studio/programs/" + programId);

        _get(IntegerField.class, spec -> spec.withLabel("Length in days")).setValue(7);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Days 10 have something planned");
        ConfirmDialogKt._fireConfirm(confirm);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        ProgramOutline outline = programs.outline(programId);
        assertThat(outline.lengthDays()).isEqualTo(7);
        assertThat(outline.days()).isEmpty();
    }

    @Test
    void publishingIsRefusedWhileARoutineIsUnpublished() {
        plan(new DayPlan(2, List.of(toeStretch), "", Set.of()));
        navigateTo("studio/programs/" + programId);

        _click(_get(Button.class, spec -> spec.withText("Publish now")));

        NotificationsKt.expectNotifications(
                "Publish these routines first, or take them off the schedule: “Post-run toe stretch”.");
        assertThat(programs.load(programId).orElseThrow().getStatus()).isEqualTo(PublishingStatus.DRAFT);
    }

    @Test
    void theDayDialogOffersSelfTestPromptsOnlyWhenACatalogExists() {
        List<SelfTestOption> tests = List.of(new SelfTestOption(7, "Knee to wall"));
        List<DayPlan> applied = new java.util.ArrayList<>();
        DayDialog.Actions record = new DayDialog.Actions() {
            @Override
            public void apply(DayPlan plan) {
                applied.add(plan);
            }

            @Override
            public void move(DayPlan plan, int toDay) {
            }

            @Override
            public void copy(DayPlan plan, List<Integer> toDays) {
            }
        };
        DayDialog without = new DayDialog(DayPlan.rest(1), 30, List.of(), List.of(), false, record);
        without.open();
        assertThat(_find(without, MultiSelectComboBox.class, spec -> spec.withLabel("Self-tests to record")))
                .isEmpty();
        without.close();

        DayDialog with = new DayDialog(DayPlan.rest(15), 30, List.of(), tests, true, record);
        with.open();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SelfTestOption> picker = _get(with, MultiSelectComboBox.class,
                spec -> spec.withLabel("Self-tests to record"));
        picker.setValue(Set.of(tests.getFirst()));
        _click(_get(with, Button.class, spec -> spec.withText("Done")));

        assertThat(applied).singleElement().satisfies(plan -> {
            assertThat(plan.dayNumber()).isEqualTo(15);
            assertThat(plan.selfTestIds()).containsExactly(7L);
        });
    }

    @Test
    void staleSaveIsRefusedAndTheScheduleStaysInTheEditor() {
        navigateTo("studio/programs/" + programId);
        ProgramDraft elsewhere = programs.load(programId).orElseThrow();
        elsewhere.setDescription("Changed in another tab");
        programs.save(elsewhere);

        _click(dayCell(4));
        @SuppressWarnings("unchecked")
        ComboBox<RoutineFacts> add = _get(ComboBox.class, spec -> spec.withLabel("Add a routine"));
        add.setValue(ComboBoxKt.getSuggestionItems(add).get(1));
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications(
                "Someone else changed this in the meantime. Your changes are still here: reload to see theirs, "
                        + "or copy what you need first.");
        assertThat(dayCell(4).getElement().getTextRecursively()).contains("Sun salutation");
        assertThat(programs.outline(programId).day(4).isRest()).isTrue();
    }
}
