package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.ui.AccountSection;
import app.limber.content.InstructorProfiles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * The instructor's public profile on the account page: a bio (plain text, up to 600 characters) and a photo, shown
 * in the author box, on the instructor's page and in its search-engine data. Only for people with the instructor
 * role. The photo takes effect as soon as it is uploaded or removed; the bio when saved.
 */
@org.springframework.stereotype.Component
class InstructorProfileSection implements AccountSection {

    private final InstructorProfiles profiles;

    InstructorProfileSection(InstructorProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Component> create() {
        SignedInPerson me = SignedInPerson.currentOrNull();
        if (me == null || !me.roles().contains(Role.INSTRUCTOR)) {
            return Optional.empty();
        }
        InstructorProfiles.Profile mine = profiles.mine();
        TextArea bio = new TextArea("Bio");
        bio.setId("instructor-bio");
        bio.setValue(mine.bio());
        bio.setMaxLength(InstructorProfiles.bioMaxLength());
        bio.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        bio.setHelperText("Plain text, up to " + InstructorProfiles.bioMaxLength()
                + " characters: who you are and whom you teach.");
        Button save = new Button("Save bio", event -> saveBio(bio));
        save.setId("save-instructor-bio");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        PictureField photo = new PictureField(PictureField.Pictures.of(
                (fileName, content) -> profiles.uploadPhoto(content), InstructorProfiles::photoUrl,
                profiles::maxPhotoBytes), mine.photoId(), chosen -> {
                    if (chosen == null) {
                        profiles.removePhoto();
                        Notices.show("Photo removed", NotificationVariant.LUMO_SUCCESS);
                    } else {
                        Notices.show("Photo saved", NotificationVariant.LUMO_SUCCESS);
                    }
                });
        photo.addClassName("instructor-photo-field");

        Section section = new Section(new H2("Public profile"),
                new Paragraph("Readers see this in the author box under your articles and on your instructor page."),
                photo, bio, save);
        section.addClassName("account-section");
        section.setId("instructor-profile");
        return Optional.of(section);
    }

    private void saveBio(TextArea bio) {
        bio.setInvalid(false);
        try {
            bio.setValue(profiles.saveBio(bio.getValue()).bio());
            Notices.show("Bio saved", NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            bio.setErrorMessage(refused.getMessage());
            bio.setInvalid(true);
        }
    }
}
