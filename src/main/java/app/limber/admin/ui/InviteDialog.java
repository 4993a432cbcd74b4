package app.limber.admin.ui;

import app.limber.admin.MemberImport;
import app.limber.admin.ProgramChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import app.limber.account.Person;
import java.io.InputStream;
import java.util.List;

/**
 * Invite one person (name, email, optional program), or many from a CSV file of {@code name,email[,program]}. The
 * file is imported in the background with visible progress; its report lists every row: created, already exists, or
 * invalid with the line number and the reason (invalid rows change nothing).
 */
class InviteDialog extends Dialog {

    static final int MAX_CSV_BYTES = MemberImport.MAX_BYTES;

    private final MemberImport invitations;
    private final Runnable onInvited;
    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final ComboBox<ProgramChoice> program = new ComboBox<>("Enrol in program (optional)");
    final Button invite = new Button("Send invitation");
    final ImportReport importReport;

    InviteDialog(MemberImport invitations, List<ProgramChoice> programs, Runnable onInvited) {
        this.invitations = invitations;
        this.onInvited = onInvited;
        this.importReport = new ImportReport(invitations, onInvited);
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
                long importId = invitations.start(content.readAllBytes(), event.getFileName());
                event.getUI().access(() -> {
                    upload.clearFileList();
                    importReport.show(importId);
                });
            } catch (IllegalArgumentException refused) {
                event.reject(refused.getMessage());
                event.getUI().access(() -> MembersView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR));
            }
        });
        upload.addFileRejectedListener(event -> MembersView.notify(event.getErrorMessage(),
                NotificationVariant.LUMO_ERROR));

        add(new H3("One person"), new FormLayout(name, email, program), invite,
                new H3("From a CSV file"),
                new Paragraph("One person per line: name,email and optionally a program's title, at most "
                        + String.format("%,d", MemberImport.MAX_ROWS) + " lines. A header line \"name,email,program\" "
                        + "may come first. Lines with problems are reported and change nothing."),
                upload, importReport);
        getFooter().add(new Button("Done", event -> close()));
    }

    private void inviteOne() {
        name.setInvalid(false);
        email.setInvalid(false);
        MemberImport.RowReport result = invitations.inviteOne(name.getValue(), email.getValue(), program.getValue());
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

    /** What an upload does, for tests: stores the file and shows the import's progress. */
    void importCsv(byte[] csv, String fileName) {
        importReport.show(invitations.start(csv, fileName));
    }
}
