package app.limber.program.ui;

import app.limber.platform.ui.SiteLinks;
import app.limber.content.RoutineDuration;
import app.limber.content.SessionRoutines;
import app.limber.content.ui.Notices;
import app.limber.program.CalendarFeedService;
import app.limber.program.EnrolmentService;
import app.limber.program.SelfTestCatalog;
import app.limber.program.TodayCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One program on the today page: today's session, catch-up, streak and progress; paused programs stay small. */
class EnrolmentCard extends Article {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    EnrolmentCard(TodayCard card, CalendarFeedService calendarFeeds, EnrolmentService enrolments, Runnable refresh) {
        addClassName("enrolment-card");
        H2 title = new H2(SiteLinks.toSite("/programs/" + card.programSlug(), card.programTitle()));
        Paragraph where = new Paragraph(where(card));
        where.addClassName("day-of");
        add(title, where);
        if (card.isPaused()) {
            addClassName("paused");
            add(new Paragraph("Paused. Your place is kept: when you resume, you carry on from day "
                    + Math.max(1, card.dayNumber()) + "."));
            Button resume = new Button("Resume", event -> {
                try {
                    enrolments.resume(card.enrolmentId());
                    Notices.show("Welcome back! You carry on from day " + Math.max(1, card.dayNumber()) + ".",
                            NotificationVariant.LUMO_SUCCESS);
                } catch (IllegalArgumentException refused) {
                    // Resumed in another tab meanwhile: the refreshed card shows where things stand.
                    Notices.show(refused.getMessage(), NotificationVariant.LUMO_CONTRAST);
                }
                refresh.run();
            });
            resume.addClassName("resume");
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
            return;
        }
        TodayCard.TodaySession session = card.today();
        if (session != null) {
            add(todaysSession(card, session));
        }
        if (!card.missed().isEmpty()) {
            add(catchUp(card));
        }
        add(progress(card));
        add(new CalendarFeedButton(card.enrolmentId(), card.calendarFeedOn(), calendarFeeds));
    }

    private static String where(TodayCard card) {
        if (card.notStarted()) {
            return "Starts on " + DAY.format(card.startDate());
        }
        if (card.finished()) {
            return "Finished: all " + card.lengthDays() + " days are open";
        }
        return "Day " + card.dayNumber() + " of " + card.lengthDays();
    }

    private static Div todaysSession(TodayCard card, TodayCard.TodaySession session) {
        Div today = new Div();
        today.addClassName("todays-session");
        if (session.isRest()) {
            today.add(new H3("Rest day"));
            today.addClassName("rest-day");
            if (!session.note().isBlank()) {
                today.add(new Paragraph(session.note()));
            }
            addSelfTestPrompts(today, session);
            return today;
        }
        today.add(new H3("Today · about " + RoutineDuration.format(session.totalSeconds())));
        UnorderedList routines = new UnorderedList();
        routines.addClassName("todays-routines");
        for (SessionRoutines.Outline routine : session.routines()) {
            Span length = new Span(RoutineDuration.format(routine.totalSeconds()));
            length.addClassName("routine-length");
            routines.add(new ListItem(new Span(routine.title()), length));
        }
        today.add(routines);
        if (!session.note().isBlank()) {
            Paragraph note = new Paragraph(session.note());
            note.addClassName("day-note");
            today.add(note);
        }
        addSelfTestPrompts(today, session);
        Button start = new Button(session.done() ? "Done today · practise again" : "Start session",
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate(card.sessionPath(session.dayNumber()))));
        start.addClassName("start-session");
        if (session.done()) {
            today.addClassName("done");
            start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        } else {
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        }
        today.add(start);
        return today;
    }

    /** The self-tests today asks for, each with a link to record a result on the progress page. */
    private static void addSelfTestPrompts(Div today, TodayCard.TodaySession session) {
        for (SelfTestCatalog.SelfTestOption test : session.selfTests()) {
            Anchor record = new Anchor("progress?test=" + test.id(), "Record it");
            Paragraph prompt = new Paragraph(new Span("Self-test today: " + test.name() + " · "), record);
            prompt.addClassName("self-test-prompt");
            today.add(prompt);
        }
    }

    private static Details catchUp(TodayCard card) {
        UnorderedList days = new UnorderedList();
        days.addClassName("missed-days");
        for (TodayCard.MissedDay missed : card.missed()) {
            String label = "Day " + missed.dayNumber() + " · " + DAY.format(missed.date())
                    + (missed.routineTitles().isEmpty() ? "" : " · " + String.join(", ", missed.routineTitles()));
            days.add(new ListItem(new Anchor(card.sessionPath(missed.dayNumber()), label)));
        }
        int count = card.missed().size();
        Details details = new Details(count == 1 ? "1 day to catch up" : count + " days to catch up", days);
        details.addClassName("catch-up");
        return details;
    }

    private static Div progress(TodayCard card) {
        Span streak = new Span(card.streak() == 1 ? "1 session in a row" : card.streak() + " sessions in a row");
        streak.addClassName("streak");
        Span percent = new Span(card.percent() + "% done");
        percent.addClassName("percent");
        ProgressBar bar = new ProgressBar(0, 100, card.percent());
        bar.getElement().setAttribute("aria-label", "Program completed");
        Div progress = new Div(new Div(streak, percent), bar);
        progress.addClassName("program-progress");
        return progress;
    }
}
