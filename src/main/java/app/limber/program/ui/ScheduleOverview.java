package app.limber.program.ui;

import app.limber.content.RoutineDuration;
import app.limber.program.ProgramPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A live program's schedule for readers: weeks × days, routines linking to their pages, rest days and notes. */
class ScheduleOverview extends Div {

    private static final int DAYS_PER_WEEK = 7;

    /** @param today the reader's current program day, highlighted; 0 for none */
    ScheduleOverview(ProgramPage page, int today) {
        addClassNames("schedule-grid", "schedule-overview");
        int weeks = (page.lengthDays() + DAYS_PER_WEEK - 1) / DAYS_PER_WEEK;
        for (int week = 1; week <= weeks; week++) {
            Span label = new Span("Week " + week);
            Div weekLabel = new Div(label);
            weekLabel.addClassName("week-label");
            Div row = new Div(weekLabel);
            row.addClassName("schedule-week");
            int first = (week - 1) * DAYS_PER_WEEK + 1;
            for (int day = first; day <= Math.min(page.lengthDays(), first + DAYS_PER_WEEK - 1); day++) {
                row.add(cell(page.day(day), day == today));
            }
            add(row);
        }
    }

    private static Div cell(ProgramPage.Day day, boolean today) {
        Span number = new Span("Day " + day.dayNumber());
        number.addClassName("day-number");
        Div cell = new Div(number);
        cell.addClassName("schedule-day");
        if (today) {
            cell.addClassName("today");
            number.setText("Day " + day.dayNumber() + " · today");
        }
        if (day.isRest()) {
            Span rest = new Span("Rest");
            rest.addClassName("day-rest");
            cell.add(rest);
            cell.addClassName("rest");
        }
        for (ProgramPage.RoutineLink routine : day.routines()) {
            Anchor link = new Anchor("routines/" + routine.slug(), routine.title());
            link.addClassName("day-routine");
            link.setTitle("About " + RoutineDuration.format(routine.totalSeconds())
                    + (routine.membersOnly() ? " · for members" : ""));
            if (routine.membersOnly()) {
                link.addClassName("members-only");
            }
            cell.add(link);
        }
        if (!day.note().isEmpty()) {
            Span note = new Span(day.note());
            note.addClassName("day-note");
            cell.add(note);
        }
        return cell;
    }
}
