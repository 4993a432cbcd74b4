package app.limber.program.ui;

import app.limber.content.PublishingStatus;
import app.limber.content.RoutineFacts;
import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import app.limber.program.SelfTestCatalog.SelfTestOption;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits one day of the schedule: its routines in order (add, reorder, remove), a note, the self-tests it prompts;
 * or moves it to another day, or copies it to other days. Changes go to the editor's draft, saved with the program.
 */
class DayDialog extends Dialog {

    /** What the editor does with the dialog's result; each may refuse with an {@link IllegalArgumentException}. */
    interface Actions {
        void apply(DayPlan plan);

        void move(DayPlan plan, int toDay);

        void copy(DayPlan plan, List<Integer> toDays);
    }

    private final int dayNumber;
    private final DayPlan original;
    private final Map<Long, RoutineFacts> routines;
    private final Actions actions;
    private final List<Long> chosen;
    private final Div routineList = new Div();
    private final TextArea note = new TextArea("Note for the runner");
    private final MultiSelectComboBox<SelfTestOption> selfTests = new MultiSelectComboBox<>("Self-tests to record");
    private final IntegerField moveTo = new IntegerField("Move to day");
    private final TextField copyTo = new TextField("Copy to days");

    DayDialog(DayPlan plan, int lengthDays, List<RoutineFacts> choices, List<SelfTestOption> selfTestChoices,
            boolean offerSelfTests, Actions actions) {
        this.dayNumber = plan.dayNumber();
        this.original = plan;
        this.routines = choices.stream().collect(Collectors.toMap(RoutineFacts::id, r -> r, (a, b) -> a));
        this.actions = actions;
        this.chosen = new ArrayList<>(plan.routineIds());
        addClassName("day-dialog");
        setHeaderTitle("Day " + dayNumber);

        ComboBox<RoutineFacts> add = new ComboBox<>("Add a routine");
        add.setItems(choices);
        add.setItemLabelGenerator(DayDialog::label);
        add.setPlaceholder("Choose one of your routines");
        add.setWidthFull();
        add.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                if (chosen.size() >= ProgramDraft.ROUTINES_PER_DAY_MAX) {
                    add.setErrorMessage("At most " + ProgramDraft.ROUTINES_PER_DAY_MAX + " routines a day");
                    add.setInvalid(true);
                } else {
                    chosen.add(event.getValue().id());
                    showRoutines();
                }
                add.clear();
            }
        });
        routineList.addClassName("day-routines");
        showRoutines();

        note.setMaxLength(ProgramDraft.NOTE_MAX);
        note.setValue(plan.note());
        note.setHelperText("Shown with the day, e.g. “Easy run today? Do this afterwards.”");
        note.setWidthFull();

        selfTests.setItems(selfTestChoices);
        selfTests.setItemLabelGenerator(SelfTestOption::name);
        selfTests.setValue(selfTestChoices.stream().filter(t -> plan.selfTestIds().contains(t.id()))
                .collect(Collectors.toSet()));
        selfTests.setVisible(offerSelfTests);
        selfTests.setWidthFull();

        moveTo.setMin(1);
        moveTo.setMax(lengthDays);
        moveTo.setHelperText("Swaps with that day if it has something on it");
        Button move = new Button("Move", event -> move());
        copyTo.setHelperText("Separate with commas, e.g. 8, 15, 22");
        Button copy = new Button("Copy", event -> copy());
        Div moveRow = new Div(moveTo, move);
        moveRow.addClassName("day-dialog-row");
        Div copyRow = new Div(copyTo, copy);
        copyRow.addClassName("day-dialog-row");

        add(routineList, add, note, selfTests, new H3("Move or copy"), moveRow, copyRow);

        Button done = new Button("Done", event -> {
            if (run(() -> actions.apply(plan()), note)) {
                close();
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), done);
    }

    /**
     * Adds "Preview this day": the day in the session player as runners get it. The preview plays the saved program,
     * so a day changed in the dialog is to be applied and saved first.
     */
    void offerPreview(Runnable preview) {
        Button button = new Button("Preview this day", event -> {
            if (!chosen.equals(original.routineIds()) || !note.getValue().equals(original.note())) {
                app.limber.content.ui.Notices.show("Apply this day and save the program first: the preview plays "
                        + "the saved schedule.", com.vaadin.flow.component.notification.NotificationVariant.LUMO_CONTRAST);
                return;
            }
            close();
            preview.run();
        });
        button.addClassName("preview-day");
        getFooter().addComponentAsFirst(button);
    }

    private static String label(RoutineFacts routine) {
        return routine.status() == PublishingStatus.PUBLISHED ? routine.title()
                : routine.title() + " (" + routine.status().label().toLowerCase() + ")";
    }

    /** The day as the dialog has it now. */
    DayPlan plan() {
        Set<Long> tests = selfTests.getValue().stream().map(SelfTestOption::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new DayPlan(dayNumber, chosen, note.getValue(), tests);
    }

    private void showRoutines() {
        routineList.removeAll();
        if (chosen.isEmpty()) {
            Paragraph rest = new Paragraph("Rest day: no routines.");
            rest.addClassName("day-rest");
            routineList.add(rest);
            return;
        }
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            RoutineFacts routine = routines.get(chosen.get(i));
            Span title = new Span(routine == null ? "(deleted routine)" : label(routine));
            title.addClassName("day-routine");
            Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", () -> swap(index, index - 1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", () -> swap(index, index + 1));
            down.setEnabled(index < chosen.size() - 1);
            Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "Remove", () -> {
                chosen.remove(index);
                showRoutines();
            });
            Div row = new Div(title, up, down, remove);
            row.addClassName("day-routine-row");
            routineList.add(row);
        }
    }

    private void swap(int a, int b) {
        java.util.Collections.swap(chosen, a, b);
        showRoutines();
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move() {
        Integer target = moveTo.getValue();
        if (target == null || moveTo.isInvalid()) {
            moveTo.setErrorMessage("Choose a day of the program");
            moveTo.setInvalid(true);
            return;
        }
        if (run(() -> actions.move(plan(), target), moveTo)) {
            close();
        }
    }

    private void copy() {
        List<Integer> targets;
        try {
            targets = Arrays.stream(copyTo.getValue().split("[,\\s]+")).filter(s -> !s.isBlank())
                    .map(Integer::valueOf).distinct().toList();
        } catch (NumberFormatException notNumbers) {
            targets = List.of();
        }
        if (targets.isEmpty()) {
            copyTo.setErrorMessage("List day numbers, e.g. 8, 15, 22");
            copyTo.setInvalid(true);
            return;
        }
        List<Integer> days = targets;
        if (run(() -> actions.copy(plan(), days), copyTo)) {
            close();
        }
    }

    /** Runs an editor action, showing a refusal at the field it concerns; true when it went through. */
    private static boolean run(Runnable action, HasValidation field) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException refused) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return false;
        }
    }
}
