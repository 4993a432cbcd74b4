package app.limber.program.ui;

import app.limber.program.SessionReminders;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the link in a reminder email leads: "Stop reminders" turns them off without signing in. Opening the page
 * changes nothing by itself (mail scanners open links), the button does.
 */
@Route(value = "reminders/stop", autoLayout = false)
@PageTitle("Stop reminders")
@AnonymousAllowed
class StopRemindersView extends Main implements BeforeEnterObserver {

    private final SessionReminders reminders;
    private final Div card = new Div();

    StopRemindersView(SessionReminders reminders) {
        this.reminders = reminders;
        addClassName("login-view");
        card.addClassNames("login-card", "simple-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        card.removeAll();
        Button stop = new Button("Stop reminders", click -> stop(token));
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setWidthFull();
        card.add(new H1("Stop session reminders?"),
                new Paragraph("You'll get no more emails on days with a session. You can turn them on again on your "
                        + "Today page."), stop);
    }

    private void stop(String token) {
        card.removeAll();
        if (reminders.unsubscribe(token)) {
            card.add(new H1("Reminders stopped"), new Paragraph("You'll get no more session reminders."),
                    new Anchor("today", "Go to Today"));
        } else {
            card.add(new H1("This link doesn't work"), new Paragraph("Your reminders are off already, or the link "
                    + "is incomplete. Sign in and change them on your Today page."), new Anchor("today", "Go to Today"));
        }
    }
}
