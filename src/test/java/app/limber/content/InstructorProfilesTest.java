package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.TestPictures;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An instructor's bio and photo: edited by the instructor, checked, cleaned, and served to everyone. */
@Import(TestAccounts.class)
class InstructorProfilesTest extends IntegrationTest {

    @Autowired
    InstructorProfiles profiles;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext web;

    SignedInPerson maya;
    MockMvc http;

    @BeforeEach
    void signedInInstructor() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        actAs(maya);
    }

    private int statusAnonymously(String url) throws Exception {
        SecurityContextHolder.clearContext();
        int status = http.perform(get(url)).andReturn().getResponse().getStatus();
        actAs(maya);
        return status;
    }

    @Test
    void aBioIsCleanedAndOneLongerThan600CharactersIsRefusedWithoutLosingTheSavedOne() {
        profiles.saveBio("  Runner\u0000 and teacher.  ");
        assertThat(profiles.of(maya.personId()).bio()).isEqualTo("Runner and teacher.");

        assertThatThrownBy(() -> profiles.saveBio("x".repeat(601)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("600 characters");
        assertThat(profiles.mine().bio()).isEqualTo("Runner and teacher.");
        profiles.saveBio("y".repeat(600));
        assertThat(profiles.mine().bio()).hasSize(600);
    }

    @Test
    void aNewPhotoReplacesTheOldOneWhichIsNoLongerServed() throws Exception {
        String first = InstructorProfiles.photoUrl(
                profiles.uploadPhoto(new ByteArrayInputStream(TestPictures.picture(300, 300, "jpeg"))));
        assertThat(statusAnonymously(first)).isEqualTo(200);
        assertThat(statusAnonymously(PictureSize.CARD.urlOf(first))).isEqualTo(200);

        String second = InstructorProfiles.photoUrl(
                profiles.uploadPhoto(new ByteArrayInputStream(TestPictures.picture(200, 200, "png"))));

        assertThat(second).isNotEqualTo(first);
        assertThat(statusAnonymously(first)).isEqualTo(404);
        assertThat(statusAnonymously(second)).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from instructor_photos", Long.class)).isEqualTo(1);

        profiles.removePhoto();
        assertThat(profiles.mine().photoUrl()).isNull();
        assertThat(statusAnonymously(second)).isEqualTo(404);
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedAndTheProfileKeepsItsPhoto() {
        String photo = InstructorProfiles.photoUrl(
                profiles.uploadPhoto(new ByteArrayInputStream(TestPictures.picture(300, 300, "jpeg"))));

        assertThatThrownBy(() -> profiles.uploadPhoto(new ByteArrayInputStream(
                "not a picture".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(UploadRejectedException.class);
        assertThat(profiles.mine().photoUrl()).isEqualTo(photo);
    }

    @Test
    void onlyInstructorsHaveAProfileToEdit() {
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> profiles.saveBio("Hello")).isInstanceOf(AccessDeniedException.class);
    }
}
