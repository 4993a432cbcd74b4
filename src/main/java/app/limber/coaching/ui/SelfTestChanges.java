package app.limber.coaching.ui;

import app.limber.coaching.Dashboard.SelfTestChange;
import app.limber.content.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;

/** How the program's self-tests changed since runners enrolled, per side, as a table. */
final class SelfTestChanges {

    private SelfTestChanges() {
    }

    static Component table(List<SelfTestChange> changes) {
        if (changes.isEmpty()) {
            return CoachingDashboard.hint("No changes to show yet: a runner needs two results of a self-test this "
                    + "program prompts, both since they started.");
        }
        var table = Tables.table("Self-test changes since enrolment", "Self-test", "Side", "Runners",
                "Average change", "Improved");
        for (SelfTestChange change : changes) {
            NativeTableRow row = table.getBody().addRow();
            Tables.cells(row, change.name(), change.side() == Side.BOTH ? "Both" : change.side().label(),
                    Integer.toString(change.runners()), signed(change.averageChange()) + " " + change.unit(),
                    change.improved() + " of " + change.runners());
        }
        return table;
    }

    static String signed(double value) {
        String number = String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
        return value > 0 ? "+" + number : number;
    }
}
