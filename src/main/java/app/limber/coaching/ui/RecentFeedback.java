package app.limber.coaching.ui;

import app.limber.coaching.Dashboard.Feedback;
import app.limber.program.FeelScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What runners said after their latest sessions: who, which day, the feel score and the note (as plain text). */
final class RecentFeedback {

    private RecentFeedback() {
    }

    static Component list(List<Feedback> entries) {
        if (entries.isEmpty()) {
            return CoachingDashboard.hint("No feedback yet. After each session runners can say how it felt and "
                    + "leave you a note.");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("recent-feedback");
        for (Feedback entry : entries) {
            Anchor name = new Anchor(RunnerView.path(entry.personId()), entry.name());
            Span when = new Span(" · day " + entry.dayNumber() + " · " + FallingBehind.DAY.format(entry.completedOn()));
            Div header = new Div(name, when);
            header.addClassName("feedback-header");
            ListItem item = new ListItem(header);
            if (entry.feel() != null) {
                Span feel = new Span(FeelScore.label(entry.feel()));
                feel.addClassNames("feel-score", "feel-" + entry.feel());
                item.add(feel);
            }
            if (!entry.note().isBlank()) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("feedback-note");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }
}
