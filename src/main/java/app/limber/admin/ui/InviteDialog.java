package app.limber.admin.ui;

import app.limber.admin.MemberImport;
import app.limber.admin.MemberImport.RowReport;
import app.limber.admin.ProgramChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import app.limber.account.Person;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Invite one person (name, email, optional program), or many from a CSV file of {@code name,email[,program]}. The
 * CSV's report lists every row: created, already exists, or invalid with the reason (invalid rows change nothing).
 */
class InviteDialog extends Dialog {

    static final int MAX_CSV_BYTES = 1024 * 1024;

    private final MemberImport invitations;
    private final Runnable onInvited;
    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final ComboBox<ProgramChoice> program = new ComboBox<>("Enrol in program (optional)");
    final Button invite = new Button("Send invitation");
    final Grid<RowReport> report = new Grid<>();
    final Paragraph summary = new Paragraph();

    InviteDialog(MemberImport invitations, List<ProgramChoice> programs, Runnable onInvited) {
        this.invitations = invitations;
        this.onInvited = onInvited;
        setHeaderTitle("Invite members");
        addClassName("invite-dialog");
        setWidth("min(56rem, 100vw)");

        name.setMaxLength(Person.DISPLAY_NAME_MAX);
        email.setMaxLength(Person.EMAIL_MAX);
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramChoice::title);
        program.setClearButtonVisible(true);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(event -> inviteOne());

        Upload upload = new Upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain");
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setUploadHandler(event -> {
            try (InputStream content = event.getInputStream()) {
                List<RowReport> rows = invitations.importCsv(content);
                event.getUI().access(() -> {
                    upload.clearFileList();
                    showReport(rows);
                });
            } catch (IllegalArgumentException refused) {
                event.reject(refused.getMessage());
                event.getUI().access(() -> MembersView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR));
            }
        });
        upload.addFileRejectedListener(event -> MembersView.notify(event.getErrorMessage(),
                NotificationVariant.LUMO_ERROR));

        report.addColumn(RowReport::line).setHeader("Line").setAutoWidth(true);
        report.addColumn(RowReport::name).setHeader("Name").setAutoWidth(true);
        report.addColumn(RowReport::email).setHeader("Email").setAutoWidth(true);
        report.addColumn(row -> row.result().label()).setHeader("Result").setAutoWidth(true);
        report.addColumn(RowReport::message).setHeader("Details").setFlexGrow(2);
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        add(new H3("One person"), new FormLayout(name, email, program), invite,
                new H3("From a CSV file"),
                new Paragraph("One person per line: name,email and optionally a program's title. A header line "
                        + "\"name,email,program\" may come first. Rows with problems are reported and change nothing."),
                upload, summary, report);
        getFooter().add(new Button("Done", event -> close()));
    }

    private void inviteOne() {
        name.setInvalid(false);
        email.setInvalid(false);
        RowReport result = invitations.inviteOne(name.getValue(), email.getValue(), program.getValue());
        switch (result.result()) {
            case CREATED -> {
                MembersView.notify(result.name() + ": " + result.message(), NotificationVariant.LUMO_SUCCESS);
                name.clear();
                email.clear();
                onInvited.run();
            }
            case ALREADY_EXISTS -> {
                email.setErrorMessage("Someone already has an account with this email.");
                email.setInvalid(true);
            }
            case INVALID -> {
                if (result.message().startsWith("Program") || result.message().startsWith("Only")
                        || result.message().startsWith("Already enrolled")) {
                    program.setErrorMessage(result.message());
                    program.setInvalid(true);
                } else if (result.message().startsWith("The name")) {
                    name.setErrorMessage(result.message());
                    name.setInvalid(true);
                } else {
                    email.setErrorMessage(result.message());
                    email.setInvalid(true);
                }
            }
        }
    }

    void importCsv(InputStream csv) throws IOException {
        showReport(invitations.importCsv(csv));
    }

    private void showReport(List<RowReport> rows) {
        long created = rows.stream().filter(r -> r.result() == MemberImport.Result.CREATED).count();
        long existing = rows.stream().filter(r -> r.result() == MemberImport.Result.ALREADY_EXISTS).count();
        long invalid = rows.stream().filter(r -> r.result() == MemberImport.Result.INVALID).count();
        summary.setText(created + " invited, " + existing + " already members, " + invalid + " with problems.");
        report.setItems(rows);
        report.setVisible(true);
        if (created > 0) {
            onInvited.run();
        }
    }
}
