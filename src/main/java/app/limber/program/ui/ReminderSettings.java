package app.limber.program.ui;

import app.limber.program.SessionReminders;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** "Email me on days with a session, at 07:00": the runner's reminder, saved as soon as it changes. */
class ReminderSettings extends Section {

    final Checkbox enabled = new Checkbox("Email me a reminder on days with a session");
    final TimePicker time = new TimePicker("At");

    ReminderSettings(SessionReminders reminders, ZoneId zone) {
        addClassName("reminder-settings");
        var current = reminders.myReminder();
        enabled.setValue(current.isPresent());
        time.setStep(Duration.ofMinutes(15));
        time.setValue(current.orElse(SessionReminders.DEFAULT_TIME));
        time.setHelperText("Your time (" + zone.getId() + "). Never on rest days, at most once a day.");
        time.setEnabled(current.isPresent());
        enabled.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue()) {
                LocalTime at = time.getValue() == null ? SessionReminders.DEFAULT_TIME : time.getValue();
                reminders.remindMeAt(at);
                Notification.show("Reminders on, at " + at + " on days with a session.");
            } else {
                reminders.stopMyReminders();
                Notification.show("Reminders off.");
            }
            time.setEnabled(event.getValue());
        });
        time.addValueChangeListener(event -> {
            if (event.isFromClient() && enabled.getValue() && event.getValue() != null) {
                reminders.remindMeAt(event.getValue());
                Notification.show("Reminders at " + event.getValue() + ".");
            }
        });
        add(new H2("Reminders"), enabled, time);
    }
}
