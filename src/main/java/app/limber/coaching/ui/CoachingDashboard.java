package app.limber.coaching.ui;

import app.limber.coaching.CoachingDashboardService;
import app.limber.coaching.Dashboard;
import app.limber.coaching.Dashboard.ProgramBoard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * The studio home for an instructor: a board per program (runners, sessions done against due, completion by day,
 * who fell behind, what runners said, self-test changes) and the routine steps runners marked.
 */
class CoachingDashboard extends Div {

    CoachingDashboard(Dashboard dashboard) {
        addClassName("coaching-dashboard");
        if (dashboard.programs().isEmpty()) {
            Paragraph none = new Paragraph("When you publish a program and runners join it, you'll see here who "
                    + "practises, who fell behind and what they said after their sessions.");
            none.addClassName("empty-state");
            add(none);
        }
        dashboard.programs().forEach(board -> add(new ProgramBoardView(board)));
        add(stepFeedback(dashboard.stepFeedback()));
    }

    private static Section stepFeedback(java.util.List<Dashboard.StepCount> counts) {
        Section section = new Section(new H2("Steps your runners marked"));
        section.addClassName("step-feedback");
        if (counts.isEmpty()) {
            section.add(hint("No marks yet. Runners can mark a step \"too hard\" or \"felt good\" in the player."));
            return section;
        }
        NativeTable table = Tables.table("Steps runners marked in your routines", "Routine", "Step", "Too hard",
                "Felt good");
        counts.forEach(count -> {
            NativeTableRow row = table.getBody().addRow();
            Tables.cells(row, count.routineTitle(), count.stepNumber() + ". " + count.stepName(),
                    Integer.toString(count.tooHard()), Integer.toString(count.feltGood()));
        });
        section.add(table);
        return section;
    }

    static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

    /** One program's board. */
    static final class ProgramBoardView extends Section {

        ProgramBoardView(ProgramBoard board) {
            addClassName("program-board");
            getElement().setAttribute("data-program", Long.toString(board.programId()));
            add(new H2(board.title()));
            Div stats = new Div(stat("Active runners", Integer.toString(board.activeRunners()),
                            board.pausedRunners() == 0 ? "" : board.pausedRunners() + " paused"),
                    window(board.lastWeek()), window(board.lastFourWeeks()));
            stats.addClassName("board-stats");
            add(stats);
            add(new DayCompletionBars(board.byDay()));
            add(new H3("Falling behind"), FallingBehind.list(board.fallingBehind()));
            add(new H3("Recent feedback"), RecentFeedback.list(board.recentFeedback()));
            add(new H3("Self-tests since enrolment"), SelfTestChanges.table(board.selfTestChanges()));
        }

        private static Div window(Dashboard.Window window) {
            return stat("Sessions, last " + window.days() + " days", window.done() + " of " + window.due(),
                    "done of due");
        }

        private static Div stat(String label, String value, String detail) {
            Span name = new Span(label);
            name.addClassName("stat-label");
            Span number = new Span(value);
            number.addClassName("stat-number");
            Div stat = new Div(name, number);
            if (!detail.isBlank()) {
                Span more = new Span(detail);
                more.addClassName("stat-detail");
                stat.add(more);
            }
            stat.addClassName("stat");
            return stat;
        }
    }

    /** Why the threshold is what it is, in the words the page uses. */
    static String behindRule() {
        return CoachingDashboardService.BEHIND_FROM + " or more practice days missed";
    }
}
