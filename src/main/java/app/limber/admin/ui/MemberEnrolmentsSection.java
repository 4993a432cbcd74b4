package app.limber.admin.ui;

import app.limber.admin.EnrolmentRow;
import app.limber.admin.MemberEnrolment;
import app.limber.admin.MemberSearch;
import app.limber.admin.ProgramChoice;
import app.limber.program.EnrolmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A member's programs on their page: each enrolment with its progress and what an admin may do about it (pause,
 * resume, start again from a date, remove), and enrolling them in a program from a start date.
 */
class MemberEnrolmentsSection extends Section {

    final Grid<EnrolmentRow> enrolments = new Grid<>();
    final ComboBox<ProgramChoice> enrolIn = new ComboBox<>();
    final DatePicker startOn = new DatePicker("Start on");

    private final long personId;
    private final MemberSearch members;
    private final MemberEnrolment enrolment;

    MemberEnrolmentsSection(long personId, MemberSearch members, MemberEnrolment enrolment) {
        this.personId = personId;
        this.members = members;
        this.enrolment = enrolment;
        addClassName("member-section");
        configureGrid();
        enrolIn.setLabel("Program");
        enrolIn.setPlaceholder("Program");
        enrolIn.setAriaLabel("Program to enrol in");
        enrolIn.setItemLabelGenerator(ProgramChoice::title);
        // The enrolments and the programs to enrol in come in one statement.
        MemberSearch.EnrolmentsAndChoices read = members.enrolmentsAndChoices(personId);
        enrolIn.setItems(read.enrollablePrograms());
        LocalDate today = enrolment.todayFor(personId);
        startOn.setValue(today);
        startOn.setMax(EnrolmentService.latestStart(today));
        startOn.setHelperText("Day 1 on their calendar; earlier days stay open for catching up.");
        Button enrol = new Button("Enrol", event -> enrol());
        Div enrolRow = new Div(enrolIn, startOn, enrol);
        enrolRow.addClassName("list-toolbar");
        add(new H2("Programs"), enrolments, enrolRow);
        enrolments.setItems(read.enrolments());
    }

    private void configureGrid() {
        enrolments.addColumn(EnrolmentRow::programTitle).setHeader("Program").setFlexGrow(2);
        enrolments.addColumn(EnrolmentRow::startDate).setHeader("Started").setAutoWidth(true);
        enrolments.addColumn(row -> row.status().charAt(0) + row.status().substring(1).toLowerCase())
                .setHeader("Status").setAutoWidth(true);
        enrolments.addColumn(row -> row.completedSessions() + " of " + row.programDays() + " days")
                .setHeader("Progress").setAutoWidth(true);
        enrolments.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        enrolments.addComponentColumn(row -> {
            Button remove = new Button("Remove", event -> attempt(() -> {
                enrolment.remove(row.id());
                return "Removed from " + row.programTitle() + ".";
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setKey("remove").setAutoWidth(true);
        enrolments.addThemeVariants(GridVariant.LUMO_COMPACT);
        enrolments.setAllRowsVisible(true);
        enrolments.setEmptyStateText("Not enrolled in any program.");
    }

    /** Pause or resume, and start again, for an open enrolment; nothing for one that has ended. */
    private Div actions(EnrolmentRow row) {
        Div actions = new Div();
        actions.addClassName("enrolment-actions");
        if ("ACTIVE".equals(row.status())) {
            actions.add(action("Pause", () -> {
                enrolment.pause(row.id());
                return "Paused " + row.programTitle() + ". Nothing new is released until it is resumed.";
            }));
        } else if ("PAUSED".equals(row.status())) {
            actions.add(action("Resume", () -> {
                enrolment.resume(row.id());
                return "Resumed " + row.programTitle() + " on the day it was paused.";
            }));
        }
        if ("ACTIVE".equals(row.status()) || "PAUSED".equals(row.status())) {
            Button restart = new Button("Start again…", event -> openRestart(row));
            restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(restart);
        }
        return actions;
    }

    private Button action(String label, Supplier<String> change) {
        Button button = new Button(label, event -> attempt(change));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openRestart(EnrolmentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Start " + row.programTitle() + " again");
        LocalDate today = enrolment.todayFor(personId);
        DatePicker start = new DatePicker("Start on", today);
        start.setMin(EnrolmentService.earliestStart(today, row.programDays()));
        start.setMax(EnrolmentService.latestStart(today));
        dialog.add(new Paragraph("Their sessions so far stay in their history; the new run starts on day 1."), start);
        Button confirm = new Button("Start again", event -> {
            if (start.getValue() == null || start.isInvalid()) {
                start.setErrorMessage("Choose the date of their first day");
                start.setInvalid(true);
                return;
            }
            try {
                enrolment.restart(row.id(), start.getValue());
                dialog.close();
                refresh();
                MembersView.notify("Started " + row.programTitle() + " again from " + start.getValue() + ".",
                        NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                start.setErrorMessage(refused.getMessage());
                start.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        dialog.open();
    }

    private void enrol() {
        ProgramChoice chosen = enrolIn.getValue();
        if (chosen == null) {
            enrolIn.setErrorMessage("Choose a program first.");
            enrolIn.setInvalid(true);
            return;
        }
        LocalDate start = startOn.getValue();
        if (start == null || startOn.isInvalid()) {
            startOn.setErrorMessage("Choose the date of their first day.");
            startOn.setInvalid(true);
            return;
        }
        boolean today = start.equals(enrolment.todayFor(personId));
        attempt(() -> {
            enrolment.enrol(personId, chosen.id(), start);
            return "Enrolled in " + chosen.title() + (today ? " from today." : " from " + start + ".");
        });
    }

    /** Runs a change, shows its message and the fresh list; a refusal is shown and nothing else changes. */
    private void attempt(Supplier<String> change) {
        try {
            String done = change.get();
            refresh();
            MembersView.notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            MembersView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        enrolments.setItems(members.enrolments(personId));
    }
}
