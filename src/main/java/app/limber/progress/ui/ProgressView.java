package app.limber.progress.ui;

import app.limber.progress.PracticeProgress;
import app.limber.progress.SelfTestHistory;
import app.limber.progress.SelfTestService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in runner's own progress: practice streaks, a month calendar of completed sessions, minutes per week,
 * and the self-tests with their results, charts and trends. {@code ?test=ID} opens
 * the dialog to record that test (the link a program day's reminder uses).
 */
@Route("progress")
@PageTitle("Progress")
@Menu(order = 1.5, icon = "vaadin:chart-line", title = "Progress")
@PermitAll
class ProgressView extends Main implements BeforeEnterObserver {

    private final SelfTestService selfTests;
    private final Div selfTestPanels = new Div();

    ProgressView(PracticeProgress practice, SelfTestService selfTests, app.limber.program.PracticeLog log) {
        this.selfTests = selfTests;
        addClassName("progress-view");
        PracticeProgress.Overview overview = practice.overview();

        Section practiceSection = new Section(new H2("Practice"), streaks(overview),
                new PracticeCalendar(practice, overview.month(), overview.today()),
                WeeklyMinutes.chart(overview.weeks()));
        practiceSection.addClassName("progress-practice");

        selfTestPanels.addClassName("self-test-panels");
        Section selfTestSection = new Section(new H2("Self-tests"), selfTestPanels);
        selfTestSection.addClassName("progress-self-tests");
        add(new H1("Your progress"), practiceSection, new SessionLog(log), selfTestSection);
        showSelfTests();
    }

    private static Markup streaks(PracticeProgress.Overview overview) {
        return new Markup("div", "streaks", stat("Current streak", overview.currentStreak())
                + stat("Longest streak", overview.longestStreak()));
    }

    private static String stat(String label, int days) {
        return "<div class='stat'>" + Markup.element("span", label, "class", "stat-label")
                + Markup.element("span", Integer.toString(days), "class", "stat-number")
                + Markup.element("span", days == 1 ? " day" : " days") + "</div>";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> requested = event.getLocation().getQueryParameters().getSingleParameter("test")
                .flatMap(ProgressView::parseId);
        requested.flatMap(this::panelFor).filter(panel -> panel.test().active())
                .ifPresent(SelfTestPanel::openRecordDialog);
    }

    private Optional<SelfTestPanel> panelFor(long testId) {
        return selfTestPanels.getChildren().filter(SelfTestPanel.class::isInstance).map(SelfTestPanel.class::cast)
                .filter(panel -> panel.test().id() == testId).findFirst();
    }

    private void showSelfTests() {
        List<SelfTestHistory> histories = selfTests.myHistories();
        selfTestPanels.removeAll();
        if (histories.isEmpty()) {
            Paragraph none = new Paragraph("No self-tests yet. When your instructor adds one, such as the "
                    + "knee-to-wall distance, you can record your results here and watch them change.");
            none.addClassName("empty-state");
            selfTestPanels.add(none);
            return;
        }
        histories.forEach(history -> selfTestPanels.add(new SelfTestPanel(selfTests, history, this::showSelfTests)));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
