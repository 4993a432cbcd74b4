package app.limber.coaching.ui;

import app.limber.coaching.Dashboard.BehindRunner;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Active runners with several practice days missed, worst first, each linking to their runner page. */
final class FallingBehind {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FallingBehind() {
    }

    static Component list(List<BehindRunner> runners) {
        if (runners.isEmpty()) {
            return CoachingDashboard.hint("Nobody has " + CoachingDashboard.behindRule() + ".");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("falling-behind");
        for (BehindRunner runner : runners) {
            Anchor name = new Anchor(RunnerView.path(runner.personId()), runner.name());
            Span detail = new Span(" · " + runner.missedDays() + " days missed"
                    + (runner.dayNumber() > 0 ? " · on day " + runner.dayNumber() : "")
                    + " · last practised " + (runner.lastPractised() == null ? "never"
                            : DAY.format(runner.lastPractised())));
            list.add(new ListItem(name, detail));
        }
        return list;
    }
}
