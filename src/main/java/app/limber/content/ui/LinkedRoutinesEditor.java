package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.content.ArticleDraft.LinkedRoutine;
import app.limber.content.RoutineFilter;
import app.limber.content.RoutineService;
import app.limber.content.RoutineSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * The routines shown under an article, in order: picked from the instructor's own routines (searched lazily), moved
 * up or down, removed. Reports every change so the editor knows there is something to save.
 */
class LinkedRoutinesEditor extends Div {

    private final List<LinkedRoutine> linked = new ArrayList<>();
    private final ComboBox<RoutineSummary> picker = new ComboBox<>("Add a routine");
    private final OrderedList list = new OrderedList();
    private final Runnable onChange;

    LinkedRoutinesEditor(RoutineService routines, Runnable onChange) {
        this.onChange = onChange;
        addClassName("linked-routines-editor");
        picker.setItems(query -> routines.list(new RoutineFilter(query.getFilter().orElse(""), null),
                toSpringPageRequest(query)).stream());
        picker.setItemLabelGenerator(routine -> routine.title() + " (" + routine.status().label() + ")");
        picker.setPlaceholder("Search your routines");
        picker.setHelperText("Readers see only the routines that are published and visible to them.");
        picker.addValueChangeListener(event -> {
            RoutineSummary chosen = event.getValue();
            if (chosen != null) {
                add(new LinkedRoutine(chosen.id(), chosen.title()));
                picker.clear();
            }
        });
        list.addClassName("linked-routines-list");
        add(picker, list);
    }

    void setRoutines(List<LinkedRoutine> routines) {
        linked.clear();
        linked.addAll(routines);
        render();
    }

    List<LinkedRoutine> getRoutines() {
        return List.copyOf(linked);
    }

    void add(LinkedRoutine routine) {
        if (linked.stream().noneMatch(existing -> existing.id() == routine.id())) {
            linked.add(routine);
            changed();
        }
    }

    void move(int index, int by) {
        int target = index + by;
        if (target >= 0 && target < linked.size()) {
            linked.add(target, linked.remove(index));
            changed();
        }
    }

    void remove(int index) {
        linked.remove(index);
        changed();
    }

    private void changed() {
        render();
        onChange.run();
    }

    private void render() {
        list.removeAll();
        if (linked.isEmpty()) {
            Paragraph none = new Paragraph("No routines linked yet.");
            none.addClassName("hint");
            list.add(new ListItem(none));
            return;
        }
        for (int i = 0; i < linked.size(); i++) {
            int index = i;
            Span title = new Span(linked.get(i).title());
            title.addClassName("linked-title");
            Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", () -> move(index, 1));
            down.setEnabled(i < linked.size() - 1);
            Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "Remove", () -> remove(index));
            Span actions = new Span(up, down, remove);
            actions.addClassName("step-actions");
            list.add(new ListItem(title, actions));
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
