package app.limber.admin.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.Role;
import app.limber.settings.Settings;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;

/** Site-wide settings, stored in the database and in force from the next request on. */
@Route("admin/settings")
@PageTitle("Settings")
@Menu(order = 3.9, icon = "vaadin:sliders", title = "Settings")
@RolesAllowed(Role.ADMIN_NAME)
class SettingsView extends Main {

    private final SiteSettingsService settingsService;
    private final TextField siteName = new TextField("Site name");
    private final Checkbox registrationOpen = new Checkbox("Anyone may create a runner account at /register");
    private final Checkbox guestComments = new Checkbox("Visitors may comment with name and email");
    private final Checkbox moderateAll = new Checkbox("Hold every comment for moderation");
    private final IntegerField holdLinkCount = new IntegerField("Hold comments with at least this many links");
    private final TextArea moderationWords = new TextArea("Hold comments containing (one word or phrase per line)");
    private final TextArea disallowedWords = new TextArea("Send to spam when containing (one per line)");
    private final IntegerField commentsPerHour = new IntegerField("Most comments per person or IP address per hour");
    private final TextField mailSender = new TextField("Mail sender");
    private Settings loaded;

    SettingsView(SiteSettingsService settingsService) {
        this.settingsService = settingsService;
        addClassName("settings-view");
        holdLinkCount.setMin(0);
        holdLinkCount.setMax(50);
        holdLinkCount.setStepButtonsVisible(true);
        commentsPerHour.setMin(1);
        commentsPerHour.setMax(1000);
        commentsPerHour.setStepButtonsVisible(true);
        commentsPerHour.setHelperText("Members are counted by their account; visitors by their email and IP address.");
        moderationWords.setHelperText("Matched in the name, email, website and text, ignoring case.");
        disallowedWords.setHelperText("Matched like the list above; such comments go straight to spam.");
        mailSender.setPlaceholder("Limber <no-reply@example.com>");
        mailSender.setHelperText("Leave empty to use the server's configured sender.");

        Button save = new Button("Save settings", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Settings"),
                new H2("Site"), new FormLayout(siteName, mailSender, registrationOpen),
                new H2("Comments"), new FormLayout(guestComments, moderateAll, holdLinkCount, commentsPerHour,
                        moderationWords, disallowedWords),
                save);
        loaded = settingsService.current();
        show(loaded);
    }

    private void show(Settings settings) {
        siteName.setValue(settings.siteName());
        registrationOpen.setValue(settings.registrationOpen());
        guestComments.setValue(settings.guestComments());
        moderateAll.setValue(settings.moderateAll());
        holdLinkCount.setValue(settings.holdLinkCount());
        commentsPerHour.setValue(settings.commentsPerHour());
        moderationWords.setValue(settings.moderationWords());
        disallowedWords.setValue(settings.disallowedWords());
        mailSender.setValue(settings.mailSender());
    }

    private void save() {
        Settings changed = new Settings(siteName.getValue(), registrationOpen.getValue(), guestComments.getValue(),
                moderateAll.getValue(), holdLinkCount.getValue() == null ? -1 : holdLinkCount.getValue(),
                moderationWords.getValue(), disallowedWords.getValue(), mailSender.getValue(),
                commentsPerHour.getValue() == null ? 0 : commentsPerHour.getValue(), loaded.version());
        try {
            boolean renamed = !changed.siteName().strip().equals(loaded.siteName());
            loaded = settingsService.update(changed);
            show(loaded);
            Notification.show("Settings saved", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (renamed) {
                // The header and the browser tab show the new name at once, not only after the next click.
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            }
        } catch (ConstraintViolationException invalid) {
            Notification.show(invalid.getConstraintViolations().stream().map(v -> v.getMessage()).distinct()
                    .collect(Collectors.joining(". ")), 6000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ChangedBySomeoneElseException changedMeanwhile) {
            Notification.show(changedMeanwhile.getMessage(), 6000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
