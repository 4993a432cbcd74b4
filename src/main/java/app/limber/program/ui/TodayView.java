package app.limber.program.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.account.CurrentUser;
import app.limber.account.SignedInPerson;
import app.limber.program.CalendarFeedService;
import app.limber.program.EnrolmentService;
import app.limber.program.TodayService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The runner's start page: for each program they follow, today's session, what is left from missed days, their
 * streak and how far they are; a friendly pointer to programs when they follow none.
 */
@Route("today")
@PageTitle("Today")
@Menu(order = 1, icon = "vaadin:calendar-user", title = "Today")
// Anyone signed in: instructors follow programs too (like /progress); the services show each person their own.
@PermitAll
class TodayView extends Main implements BeforeEnterObserver {

    /** Query parameter the player sets after "Done", so the page can say so. */
    static final String DONE_PARAMETER = "done";

    private final TodayService todayService;
    private final CalendarFeedService calendarFeeds;
    private final EnrolmentService enrolments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final app.limber.program.SessionReminders reminders;

    TodayView(TodayService todayService, CalendarFeedService calendarFeeds, EnrolmentService enrolments,
            CurrentUser currentUser, Clock clock, app.limber.program.SessionReminders reminders) {
        this.reminders = reminders;
        this.todayService = todayService;
        this.calendarFeeds = calendarFeeds;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("today-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getLocation().getQueryParameters().getSingleParameter(DONE_PARAMETER).orElse(null));
    }

    private void render(@Nullable String done) {
        removeAll();
        SignedInPerson person = currentUser.get().orElseThrow();
        add(new H1(greeting(LocalTime.now(clock.withZone(person.zone()))) + ", " + firstName(person.displayName())));
        if (done != null) {
            Paragraph confirmation = new Paragraph("already".equals(done)
                    ? "You had already done that session, so nothing changed. Well practised!"
                    : "Session done. Well practised!");
            confirmation.addClassName("done-confirmation");
            confirmation.getElement().setAttribute("role", "status");
            add(confirmation);
        }
        TodayService.Today today = todayService.today();
        if (today.cards().isEmpty()) {
            add(emptyState(today));
        } else {
            today.cards().forEach(card -> add(new EnrolmentCard(card, calendarFeeds, enrolments, () -> render(null))));
            add(new ReminderSettings(reminders, person.zone()));
        }
    }

    private static Section emptyState(TodayService.Today today) {
        Section empty = new Section(
                new Paragraph("You're not following a program yet."),
                new Paragraph("When you join one, today's session appears here: the routines to do, "
                        + "what's left from days you missed, and your streak."));
        empty.addClassName("empty-state");
        if (!today.programsToJoin().isEmpty()) {
            UnorderedList programs = new UnorderedList();
            programs.addClassName("programs-to-join");
            today.programsToJoin().forEach(program ->
                    programs.add(new ListItem(SiteLinks.toSite("/programs/" + program.slug(), program.title()))));
            empty.add(new H2("Programs you can join"), programs);
        }
        empty.add(SiteLinks.toSite("/programs", "See all programs"));
        return empty;
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
