package app.limber.program.ui;

import app.limber.account.CurrentUser;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalTime;

/** The runner's start page: today's practice for each program they follow. */
@Route("today")
@PageTitle("Today")
@Menu(order = 1, icon = "vaadin:calendar-user", title = "Today")
@RolesAllowed(Role.RUNNER_NAME)
class TodayView extends Main {

    TodayView(CurrentUser currentUser, Clock clock) {
        addClassName("today-view");
        String name = currentUser.get().map(SignedInPerson::displayName).orElse("");
        add(new H1(greeting(LocalTime.now(clock)) + ", " + firstName(name)));
        Section empty = new Section(
                new Paragraph("You're not following a program yet."),
                new Paragraph("When you join one, today's session appears here: the routines to do, "
                        + "what's left from days you missed, and your streak."));
        empty.addClassName("empty-state");
        add(empty);
    }

    static String greeting(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return "Good morning";
        }
        return time.isBefore(LocalTime.of(18, 0)) ? "Good afternoon" : "Good evening";
    }

    static String firstName(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
