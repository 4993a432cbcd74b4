package app.limber.content.ui;

import app.limber.content.RoutineDuration;
import app.limber.content.StepDraft;
import app.limber.content.Timestamps;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ordered steps of a routine: add, edit, duplicate, delete, and reorder by drag and drop or with the
 * keyboard-reachable up/down buttons. Reports every change so the editor can update the total and its dirty flag.
 */
class StepsEditor extends Composite<Div> {

    private final List<StepDraft> steps = new ArrayList<>();
    private final Grid<StepDraft> grid = new Grid<>();
    private final Runnable onChange;
    private @Nullable StepDraft dragged;
    private @Nullable StepMedia media;

    StepsEditor(Runnable onChange) {
        this.onChange = onChange;
        getContent().addClassName("steps-editor");

        grid.addColumn(step -> steps.indexOf(step) + 1).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        grid.addColumn(StepDraft::getName).setHeader("Step").setFlexGrow(3);
        grid.addColumn(step -> step.getAmount() + " " + step.getMeasure().label()).setHeader("Hold").setAutoWidth(true);
        grid.addColumn(step -> step.getSide().label()).setHeader("Side").setAutoWidth(true);
        grid.addColumn(StepsEditor::mediaText).setHeader("Media").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No steps yet.");
        enableDragAndDrop();

        Button add = new Button("Add step", VaadinIcon.PLUS.create(),
                event -> new StepDialog("New step", new StepDraft(), media(), step -> {
                    steps.add(step);
                    changed();
                }).open());
        getContent().add(grid, add);
    }

    private void enableDragAndDrop() {
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(event -> dragged = event.getDraggedItems().getFirst());
        grid.addDragEndListener(event -> dragged = null);
        grid.addDropListener(event -> {
            StepDraft target = event.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || target == dragged) {
                return;
            }
            steps.remove(dragged);
            int index = steps.indexOf(target) + (event.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            steps.add(index, dragged);
            changed();
        });
    }

    private Span actions(StepDraft step) {
        Span actions = new Span(
                icon(VaadinIcon.ARROW_UP, "Move up", () -> move(step, -1)),
                icon(VaadinIcon.ARROW_DOWN, "Move down", () -> move(step, 1)),
                icon(VaadinIcon.EDIT, "Edit", () -> new StepDialog("Edit step", step, media(), edited -> {
                    steps.set(steps.indexOf(step), edited);
                    changed();
                }).open()),
                icon(VaadinIcon.COPY_O, "Duplicate", () -> {
                    steps.add(steps.indexOf(step) + 1, step.copy());
                    changed();
                }),
                icon(VaadinIcon.TRASH, "Delete", () -> {
                    steps.remove(step);
                    changed();
                }));
        actions.addClassName("step-actions");
        return actions;
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** Where the step dialogs find videos and keep pictures: set once the routine is known. */
    void useMedia(StepMedia stepMedia) {
        this.media = stepMedia;
    }

    private StepMedia media() {
        return Objects.requireNonNull(media, "useMedia first");
    }

    /** "Video 0:05–0:20 · Picture", for the list of steps. */
    static String mediaText(StepDraft step) {
        List<String> parts = new ArrayList<>();
        if (step.getVideoId() != null) {
            parts.add("Video " + Timestamps.format(step.getVideoStart())
                    + (step.getVideoEnd() == null ? "" : "–" + Timestamps.format(step.getVideoEnd())));
        }
        if (step.getImageId() != null) {
            parts.add("Picture");
        }
        return String.join(" · ", parts);
    }

    /** Moves a step one place up (-1) or down (+1); does nothing at the ends. */
    void move(StepDraft step, int delta) {
        int from = steps.indexOf(step);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= steps.size()) {
            return;
        }
        steps.remove(from);
        steps.add(to, step);
        changed();
    }

    void setSteps(List<StepDraft> newSteps) {
        steps.clear();
        steps.addAll(newSteps);
        grid.setItems(steps);
    }

    List<StepDraft> getSteps() {
        return List.copyOf(steps);
    }

    String totalText() {
        return "About " + RoutineDuration.format(RoutineDuration.totalSeconds(steps));
    }

    private void changed() {
        grid.setItems(steps);
        onChange.run();
    }
}
