package app.limber.program.ui;

import app.limber.content.PublishingStatus;
import app.limber.content.RoutineFacts;
import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** A program's schedule as weeks × days: each day shows its routines or "Rest"; a click opens the day. */
class ScheduleGrid extends Div {

    private final IntConsumer openDay;
    private final BiConsumer<Integer, Integer> fillWeek;

    /**
     * @param openDay  called with the day number a click chose
     * @param fillWeek called with (template week, target week) when a week is to be filled from another
     */
    ScheduleGrid(IntConsumer openDay, BiConsumer<Integer, Integer> fillWeek) {
        this.openDay = openDay;
        this.fillWeek = fillWeek;
        addClassName("schedule-grid");
    }

    /** Draws the schedule of this draft, naming routines from {@code routines} (by id). */
    void show(ProgramDraft draft, Map<Long, RoutineFacts> routines) {
        removeAll();
        for (int week = 1; week <= draft.weeks(); week++) {
            Div row = new Div(weekLabel(week, draft.weeks()));
            row.addClassName("schedule-week");
            int first = (week - 1) * ProgramDraft.DAYS_PER_WEEK + 1;
            int last = Math.min(draft.getLengthDays(), first + ProgramDraft.DAYS_PER_WEEK - 1);
            for (int dayNumber = first; dayNumber <= last; dayNumber++) {
                row.add(dayCell(draft.day(dayNumber), routines));
            }
            add(row);
        }
    }

    private Div weekLabel(int week, int weeks) {
        Span title = new Span("Week " + week);
        title.addClassName("week-title");
        Div label = new Div(title);
        label.addClassName("week-label");
        if (weeks > 1) {
            Select<Integer> template = new Select<>();
            template.setAriaLabel("Fill week " + week + " from week");
            template.setPlaceholder("Fill from…");
            template.setItems(IntStream.rangeClosed(1, weeks).filter(w -> w != week).boxed().toList());
            template.setItemLabelGenerator(w -> "Week " + w);
            template.addClassName("fill-week");
            template.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    fillWeek.accept(event.getValue(), week);
                }
            });
            label.add(template);
        }
        return label;
    }

    private Div dayCell(DayPlan plan, Map<Long, RoutineFacts> routines) {
        Span number = new Span("Day " + plan.dayNumber());
        number.addClassName("day-number");
        Div cell = new Div(number);
        cell.addClassName("schedule-day");
        if (plan.isRest()) {
            Span rest = new Span("Rest");
            rest.addClassName("day-rest");
            cell.add(rest);
            cell.addClassName("rest");
        }
        for (long routineId : plan.routineIds()) {
            RoutineFacts routine = routines.get(routineId);
            Span title = new Span(routine == null ? "(deleted routine)" : routine.title());
            title.addClassName("day-routine");
            if (routine == null || routine.status() != PublishingStatus.PUBLISHED) {
                title.addClassName("not-published");
                title.setTitle(routine == null ? "No longer exists" : routine.status().label());
            }
            cell.add(title);
        }
        Div marks = new Div();
        marks.addClassName("day-marks");
        if (!plan.note().isEmpty()) {
            var note = VaadinIcon.COMMENT_O.create();
            note.addClassName("day-note-mark");
            note.getElement().setAttribute("title", plan.note());
            note.getElement().setAttribute("aria-label", "Note: " + plan.note());
            marks.add(note);
        }
        if (!plan.selfTestIds().isEmpty()) {
            var test = VaadinIcon.CHART_LINE.create();
            test.addClassName("day-test-mark");
            test.getElement().setAttribute("aria-label", "Self-test");
            test.getElement().setAttribute("title", "Self-test to record");
            marks.add(test);
        }
        cell.add(marks);
        cell.getElement().setAttribute("role", "button");
        cell.getElement().setAttribute("tabindex", "0");
        cell.getElement().setAttribute("aria-label", "Edit day " + plan.dayNumber());
        cell.addClickListener(event -> openDay.accept(plan.dayNumber()));
        cell.getElement().addEventListener("keydown", event -> openDay.accept(plan.dayNumber()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return cell;
    }
}
