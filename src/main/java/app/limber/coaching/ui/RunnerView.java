package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.coaching.RunnerPage;
import app.limber.coaching.RunnerPageService;
import app.limber.program.FeelScore;
import app.limber.progress.SelfTestHistory;
import app.limber.progress.ui.SelfTestHistoryChart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A runner as their instructor sees them: enrolments in the instructor's programs, the practice log (date, day,
 * minutes, feel, note) and self-test charts. A runner who was never in the caller's programs answers 403.
 */
@Route("studio/runners/:id")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RunnerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RunnerPageService runners;
    private String title = "Runner";

    RunnerView(RunnerPageService runners) {
        this.runners = runners;
        addClassName("runner-view");
    }

    static String path(long personId) {
        return "studio/runners/" + personId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notANumber) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        RunnerPage page;
        List<SelfTestHistory> histories;
        try {
            var read = runners.runnerWithSelfTests(id);
            page = read.page();
            histories = read.selfTests();
        } catch (org.springframework.security.access.AccessDeniedException notYourRunner) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        } catch (IllegalArgumentException gone) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.name();
        show(page, histories);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(RunnerPage page, List<SelfTestHistory> histories) {
        removeAll();
        add(new Div(new Anchor("studio", "← Studio")), new H1(page.name()));
        Section enrolments = new Section(new H2("Programs"));
        enrolments.addClassName("runner-enrolments");
        var programs = Tables.table("Programs " + page.name() + " is in", "Program", "Started", "Status",
                "Sessions done");
        page.enrolments().forEach(line -> Tables.cells(programs.getBody().addRow(), line.programTitle(),
                FallingBehind.DAY.format(line.startDate()), line.status(), Integer.toString(line.sessionsDone())));
        enrolments.add(programs);

        Section log = new Section(new H2("Practice log"));
        log.addClassName("runner-log");
        if (page.practiceLog().isEmpty()) {
            log.add(CoachingDashboard.hint("No sessions finished yet."));
        } else {
            var table = Tables.table("Sessions " + page.name() + " finished, newest first", "Date", "Program", "Day",
                    "Minutes", "Feel", "Note");
            for (RunnerPage.LogEntry entry : page.practiceLog()) {
                NativeTableRow row = table.getBody().addRow();
                Tables.cells(row, FallingBehind.DAY.format(entry.date()), entry.programTitle(),
                        Integer.toString(entry.dayNumber()), Integer.toString(entry.minutes()),
                        FeelScore.label(entry.feel()), entry.note());
            }
            log.add(table);
        }

        Section tests = new Section(new H2("Self-tests"));
        tests.addClassName("runner-self-tests");
        if (histories.isEmpty()) {
            tests.add(CoachingDashboard.hint("No self-test results yet."));
        }
        histories.forEach(history -> tests.add(new SelfTestHistoryChart(history)));
        add(enrolments, log, tests);
    }
}
