package app.limber.account.ui;

import app.limber.account.AccountChangeRefusedException;
import app.limber.account.AccountChangeRefusedException.Field;
import app.limber.account.AccountService;
import app.limber.account.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import app.limber.account.MyAccount;
import app.limber.account.MyDataExport;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everyone's own account: name, time zone, sign-in email, password, notifications, their data, deleting it. */
@Route("account")
@PageTitle("My account")
@PermitAll
class AccountView extends Main {

    private final AccountService accounts;
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);

    private final TextField displayName = new TextField("Name");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final EmailField email = new EmailField("Email");
    private final PasswordField emailPassword = new PasswordField("Current password");

    private final PasswordField deletePassword = new PasswordField("Your password");

    AccountView(AccountService accounts, MyDataExport export, CurrentUser currentUser, SiteSettingsService settings,
            List<AccountSection> moreSections) {
        this.accounts = accounts;
        addClassName("account-view");
        MyAccount me = accounts.myAccount();

        displayName.setValue(me.displayName());
        displayName.setRequiredIndicatorVisible(true);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(me.timeZone());
        timeZone.setHelperText("Your days, sessions and reminders follow this time zone.");
        email.setValue(me.email());
        emailPassword.setId("email-password");

        fields.put(Field.DISPLAY_NAME, displayName);
        fields.put(Field.TIME_ZONE, timeZone);
        fields.put(Field.EMAIL, email);

        add(new H1("My account"),
                section("Profile", new FormLayout(displayName, timeZone), "Save profile", this::saveProfile),
                sections(moreSections),
                section("Sign-in email", new FormLayout(email, emailPassword), "Change email", this::saveEmail),
                new PasswordChangeForm(accounts),
                notifications(accounts, me.wantsCommentEmails()), myData(export, settings.siteName()), deletion(currentUser));
    }

    /** The sections other features add for this person, in one container so that the page keeps its order. */
    private static Div sections(List<AccountSection> moreSections) {
        Div container = new Div();
        container.addClassName("account-more-sections");
        moreSections.forEach(section -> section.create().ifPresent(container::add));
        return container;
    }

    private static Section notifications(AccountService accounts, boolean wantsCommentEmails) {
        Checkbox comments = new Checkbox("Email me when someone comments on what I published");
        comments.setValue(wantsCommentEmails);
        comments.addValueChangeListener(event -> {
            accounts.setWantsCommentEmails(event.getValue());
            Notification.show(event.getValue() ? "You'll get an email about new comments"
                    : "No more emails about new comments", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        Section section = new Section(new H2("Notifications"), comments);
        section.addClassName("account-section");
        return section;
    }

    private Section deletion(CurrentUser currentUser) {
        deletePassword.setId("delete-password");
        Button delete = new Button("Delete my account", event -> {
            deletePassword.setInvalid(false);
            ConfirmDialog confirm = new ConfirmDialog("Delete your account?",
                    "Your progress and enrolments are removed, your comments stay without your name, and you can't "
                            + "sign in again. This can't be undone.",
                    "Delete my account", confirmed -> deleteAccount(currentUser), "Cancel", cancelled -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Section section = new Section(new H2("Delete my account"),
                new Paragraph("Type your password to confirm it's you."), new FormLayout(deletePassword), delete);
        section.addClassNames("account-section", "danger-zone");
        return section;
    }

    void deleteAccount(CurrentUser currentUser) {
        try {
            accounts.deleteMyAccount(deletePassword.getValue());
            currentUser.logout();
        } catch (AccountChangeRefusedException refused) {
            deletePassword.setErrorMessage(refused.getMessage());
            deletePassword.setInvalid(true);
        }
    }

    private static Section myData(MyDataExport export, String siteName) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = export.exportJson().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "limber-my-data.json", "application/json",
                    json.length);
        }), "Download my data (JSON)");
        download.setDownload(true);
        Section section = new Section(new H2("Your data"),
                new Paragraph("Everything " + siteName + " stores about you, in one file you can keep or read."),
                download);
        section.addClassName("account-section");
        return section;
    }

    private static Section section(String title, FormLayout form, String action, Runnable onClick) {
        Button button = new Button(action, event -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2(title), form, button);
        section.addClassName("account-section");
        return section;
    }

    private void saveProfile() {
        attempt(null, () -> accounts.updateProfile(displayName.getValue(),
                timeZone.getValue() == null ? "" : timeZone.getValue()), "Profile saved");
    }

    private void saveEmail() {
        if (attempt(emailPassword, () -> accounts.changeEmail(emailPassword.getValue(), email.getValue()),
                "Email changed. Use the new one next time you sign in.")) {
            emailPassword.clear();
        }
    }

    /** Runs a change and says whether it was made; a refusal is shown at its field, and nothing typed is cleared. */
    private boolean attempt(PasswordField passwordOfThisForm, Runnable change, String done) {
        fields.values().forEach(field -> field.setInvalid(false));
        emailPassword.setInvalid(false);
        try {
            change.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (AccountChangeRefusedException refused) {
            HasValidation field = refused.field() == Field.CURRENT_PASSWORD ? passwordOfThisForm
                    : fields.get(refused.field());
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return false;
        }
    }
}
