package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.content.InstructorProfiles;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Public profile" section of the account page: for instructors only, saving the bio or showing why not. */
class InstructorProfileSectionTest extends UiTest {

    @Autowired
    InstructorProfiles profiles;

    @Test
    void anInstructorWritesTheirBioOnTheAccountPage() {
        var maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        loginAs(maya);
        navigateTo("account");

        _get(TextArea.class, spec -> spec.withId("instructor-bio")).setValue("Runner and yoga teacher.");
        _click(_get(Button.class, spec -> spec.withId("save-instructor-bio")));

        NotificationsKt.expectNotifications("Bio saved");
        assertThat(profiles.of(maya.personId()).bio()).isEqualTo("Runner and yoga teacher.");
    }

    @Test
    void aTooLongBioIsShownAtTheFieldAndKeptAsTyped() {
        var maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        loginAs(maya);
        navigateTo("account");
        TextArea bio = _get(TextArea.class, spec -> spec.withId("instructor-bio"));

        bio.setValue("x".repeat(601));
        _click(_get(Button.class, spec -> spec.withId("save-instructor-bio")));

        assertThat(bio.isInvalid()).isTrue();
        assertThat(bio.getErrorMessage()).contains("600 characters");
        assertThat(bio.getValue()).hasSize(601);
        assertThat(profiles.of(maya.personId()).bio()).isEmpty();
    }

    @Test
    void runnersDoNotGetTheSection() {
        loginAs(accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER)));
        navigateTo("account");

        assertThat(_find(Section.class, spec -> spec.withId("instructor-profile"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("instructor-bio"))).isEmpty();
    }
}
