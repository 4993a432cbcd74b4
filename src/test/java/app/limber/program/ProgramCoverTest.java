package app.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.RoutineService;
import app.limber.content.UploadRejectedException;
import app.limber.content.VideoFixtures;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A program's cover picture: uploaded by its author, shown on its page and card, served once the program is live. */
@Import(TestAccounts.class)
class ProgramCoverTest extends IntegrationTest {

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramCovers covers;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext web;

    SignedInPerson maya;
    long programId;

    @BeforeEach
    void draftProgram() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(maya);
        programId = programs.createDraft("Back on track");
    }

    private MockHttpServletResponse fetchAnonymously(String url) throws Exception {
        SecurityContextHolder.clearContext();
        var http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpServletResponse response = http.perform(get(url)).andReturn().getResponse();
        actAs(maya);
        return response;
    }

    @Test
    void theCoverIsServedOnceTheProgramIsLiveAndReplacedPicturesAreRemoved() throws Exception {
        long first = covers.upload(programId, new ByteArrayInputStream(VideoFixtures.png(1_000)));
        long second = covers.upload(programId, new ByteArrayInputStream(VideoFixtures.png(2_000)));
        ProgramDraft draft = programs.load(programId).orElseThrow();
        draft.setCoverImageId(second);
        ProgramDraft saved = programs.save(draft);
        String url = ProgramCovers.url(second);

        assertThat(jdbc.queryForList("select id from program_images", Long.class)).containsExactly(second)
                .doesNotContain(first);
        assertThat(fetchAnonymously(url).getStatus()).as("draft program: not yet").isEqualTo(404);

        programs.publishNow(saved.getId(), saved.getVersion());
        assertThat(programs.findLive("back-on-track", false).orElseThrow().coverUrl()).isEqualTo(url);
        assertThat(programs.liveCards(false)).singleElement()
                .satisfies(card -> assertThat(card.coverUrl()).isEqualTo(url));
        MockHttpServletResponse image = fetchAnonymously(url);
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).hasSize(2_000);
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedAndAnotherProgramsPictureCannotBeTheCover() {
        assertThatThrownBy(() -> covers.upload(programId, new ByteArrayInputStream("<svg/>".getBytes())))
                .isInstanceOf(UploadRejectedException.class);
        long other = programs.createDraft("Other plan");
        long foreign = covers.upload(other, new ByteArrayInputStream(VideoFixtures.png(500)));
        ProgramDraft draft = programs.load(programId).orElseThrow();
        draft.setCoverImageId(foreign);

        assertThatThrownBy(() -> programs.save(draft)).hasMessageContaining("doesn't belong to this program");
    }
}
