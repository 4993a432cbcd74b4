package app.limber.program.ui;

import app.limber.account.CurrentUser;
import app.limber.account.RegistrationService;
import app.limber.account.Role;
import app.limber.content.ui.Notices;
import app.limber.program.EnrolmentService;
import app.limber.program.EnrolmentStatus;
import app.limber.program.MyEnrolment;
import app.limber.program.ProgramPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/**
 * The call to action on a program's page: a join prompt for visitors, the start-date choice and "Enrol" for runners,
 * and "You're enrolled — go to today" once they are in.
 */
class EnrolPanel extends Section {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final ProgramPage program;
    private final EnrolmentService enrolments;

    EnrolPanel(ProgramPage program, CurrentUser currentUser, EnrolmentService enrolments,
            RegistrationService registration) {
        this.program = program;
        this.enrolments = enrolments;
        addClassName("enrol-panel");
        if (!currentUser.isSignedIn()) {
            showJoinPrompt(registration.isOpen());
        } else if (!Role.effective(currentUser.roles()).contains(Role.RUNNER)) {
            add(new Paragraph("Runners enrol in programs from their own account."));
        } else {
            enrolments.myOpenEnrolment(program.id()).ifPresentOrElse(this::showEnrolled, this::showEnrolForm);
        }
    }

    private void showJoinPrompt(boolean registrationOpen) {
        add(new Paragraph("Follow this program with a free account: one session a day, released from the day you "
                + "start, with a reminder of what's next."));
        if (registrationOpen) {
            Anchor register = new Anchor("register", "Create an account");
            register.addClassName("primary-link");
            add(register, new Anchor("login", "I already have one: sign in"));
        } else {
            add(new Anchor("login", "Sign in to enrol"));
        }
    }

    private void showEnrolled(MyEnrolment enrolment) {
        removeAll();
        LocalDate today = enrolments.today();
        String where;
        if (enrolment.status() == EnrolmentStatus.PAUSED) {
            where = "You're enrolled, paused on day " + enrolment.dayOn(today) + " of " + enrolment.lengthDays() + ".";
        } else if (enrolment.allDaysReleasedBefore(today)) {
            where = "You're enrolled, and all " + enrolment.lengthDays() + " days are open: catch up on any you "
                    + "missed, or start again.";
        } else if (enrolment.startDate().isAfter(today)) {
            where = "You're enrolled. Day 1 is " + DATE.format(enrolment.startDate()) + ".";
        } else {
            where = "You're enrolled: today is day " + enrolment.dayOn(today) + " of " + enrolment.lengthDays() + ".";
        }
        Paragraph status = new Paragraph(where);
        status.addClassName("enrolled");
        add(status, new Anchor("today", "Go to today"));
        if (enrolment.status() == EnrolmentStatus.ACTIVE) {
            add(action("Pause", () -> enrolments.pause(enrolment.id()), "Paused. Resume when you're ready: "
                    + "you carry on from the same day."));
        } else {
            add(action("Resume", () -> enrolments.resume(enrolment.id()), "Welcome back!"));
        }
        Button restart = new Button("Start again…", event -> openRestart(enrolment));
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button leave = new Button("Leave", event -> confirmLeave(enrolment));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(restart, leave);
    }

    private Button action(String label, Supplier<MyEnrolment> change, String done) {
        Button button = new Button(label, event -> {
            try {
                showEnrolled(change.get());
                Notices.show(done, NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                Notices.show(refused.getMessage(), NotificationVariant.LUMO_ERROR);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openRestart(MyEnrolment enrolment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Start " + program.title() + " again");
        DatePicker start = startPicker();
        dialog.add(new Paragraph("Your progress so far stays in your history; the new run starts on day 1."), start);
        Button confirm = new Button("Start again", event -> {
            if (start.getValue() == null) {
                start.setErrorMessage("Choose the date of your first day");
                start.setInvalid(true);
                return;
            }
            try {
                showEnrolled(enrolments.restart(enrolment.id(), start.getValue()));
                dialog.close();
                Notices.show("A fresh start. Day 1 is waiting for you.", NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                start.setErrorMessage(refused.getMessage());
                start.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmLeave(MyEnrolment enrolment) {
        ConfirmDialog confirm = new ConfirmDialog("Leave " + program.title() + "?",
                "Your sessions so far stay in your history. You can enrol again at any time.", "Leave",
                event -> {
                    enrolments.leave(enrolment.id());
                    removeAll();
                    showEnrolForm();
                    Notices.show("You've left the program.", NotificationVariant.LUMO_CONTRAST);
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private DatePicker startPicker() {
        LocalDate today = enrolments.today();
        DatePicker start = new DatePicker("Start on", today);
        start.setMin(EnrolmentService.earliestStart(today, program.lengthDays()));
        start.setMax(EnrolmentService.latestStart(today));
        start.setHelperText("Day 1 is released on this date; earlier days stay open for catching up.");
        return start;
    }

    private void showEnrolForm() {
        DatePicker start = startPicker();
        Button enrol = new Button("Enrol", event -> enrol(start));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start, enrol);
    }

    private void enrol(DatePicker start) {
        LocalDate chosen = start.getValue();
        if (chosen == null || start.isInvalid()) {
            start.setErrorMessage("Choose the date of your first day");
            start.setInvalid(true);
            return;
        }
        try {
            MyEnrolment enrolment = enrolments.enrol(program.id(), chosen);
            showEnrolled(enrolment);
            Notices.show("You're in. Welcome to " + program.title() + "!",
                    NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            start.setErrorMessage(refused.getMessage());
            start.setInvalid(true);
        }
    }
}
