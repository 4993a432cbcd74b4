package app.limber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.settings.SiteSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comment rules an admin sets in /admin/settings, including the hourly cap on comments. */
class CommentSettingsTest extends UiTest {

    @Autowired
    SiteSettingsService settings;

    @Test
    void anAdminSetsTheHourlyCapAndTheWordLists() {
        loginAs(Role.ADMIN);
        navigateTo("admin/settings");

        IntegerField cap = _get(IntegerField.class,
                spec -> spec.withLabel("Most comments per person or IP address per hour"));
        assertThat(cap.getValue()).isEqualTo(10);
        cap.setValue(4);
        _get(TextArea.class, spec -> spec.withLabel("Send to spam when containing (one per line)"))
                .setValue("cheap sneakers");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(settings.current().commentsPerHour()).isEqualTo(4);
        assertThat(settings.current().disallowedWords()).isEqualTo("cheap sneakers");
    }
}
