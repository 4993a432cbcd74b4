package app.limber.content;

import static app.limber.content.VideoFixtures.filesUnder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Cover and step pictures, step video clips, and who may load the pictures. */
@Import(TestAccounts.class)
class RoutineMediaTest extends IntegrationTest {

    @Autowired
    RoutineService routines;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext web;

    SignedInPerson maya;
    SignedInPerson other;
    long routineId;

    @BeforeEach
    void aDraftRoutine() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        other = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(maya);
        routineId = routines.createDraft("Post-run toe stretch");
    }

    private long picture(int size) {
        return routines.uploadImage(routineId, "toes.png", new ByteArrayInputStream(VideoFixtures.png(size)));
    }

    /** An uploaded video of the current caller, 60 seconds long. */
    private long video(String title) {
        long id = videos.createUpload(title + ".mp4", new ByteArrayInputStream(VideoFixtures.mp4(5_000)));
        VideoDraft draft = videos.load(id).orElseThrow();
        draft.setDurationSeconds(60);
        videos.save(draft);
        return id;
    }

    private static StepDraft step(String name) {
        StepDraft step = new StepDraft();
        step.setName(name);
        step.setCue("Breathe.");
        return step;
    }

    private static StepDraft clip(StepDraft step, long videoId, int start, Integer end) {
        step.setVideoId(videoId);
        step.setVideoStart(start);
        step.setVideoEnd(end);
        return step;
    }

    private RoutineDraft saveSteps(StepDraft... steps) {
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setSteps(List.of(steps));
        return routines.save(draft);
    }

    private long rows(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void aPictureThatIsNotAPictureIsRefusedAndNothingIsLeftBehind() throws Exception {
        long filesBefore = filesUnder(storageDirectory());

        assertThatThrownBy(() -> routines.uploadImage(routineId, "toes.png",
                new ByteArrayInputStream(VideoFixtures.text("<svg onload=alert(1)>"))))
                .isInstanceOf(UploadRejectedException.class).hasMessage(RoutineService.NOT_A_PICTURE);
        assertThatThrownBy(() -> routines.uploadImage(routineId, "clip.png",
                new ByteArrayInputStream(VideoFixtures.mp4(2_000))))
                .isInstanceOf(UploadRejectedException.class);

        assertThat(filesUnder(storageDirectory())).isEqualTo(filesBefore);
        assertThat(rows("routine_images")).isZero();
    }

    @Test
    void aPictureOverTheLimitIsRefusedAndNothingIsLeftBehind() throws Exception {
        long filesBefore = filesUnder(storageDirectory());

        assertThatThrownBy(() -> picture((int) routines.maxImageBytes() + 1))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("larger than 2 MB");

        assertThat(filesUnder(storageDirectory())).isEqualTo(filesBefore);
        assertThat(rows("routine_images")).isZero();
    }

    @Test
    void onlyTheAuthorOrAnAdminMayUploadPicturesForARoutine() {
        actAs(other);
        assertThatThrownBy(() -> picture(1_000)).isInstanceOf(AccessDeniedException.class);
        assertThat(rows("routine_images")).isZero();
    }

    @Test
    void coverAndStepMediaSurviveSaveLoadDuplicateAndReorder() {
        long cover = picture(2_000);
        long toes = picture(3_000);
        long video = video("Toe stretch");
        StepDraft tucked = clip(step("Toes tucked"), video, 5, 20);
        tucked.setImageId(toes);
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setCoverImageId(cover);
        draft.setSteps(List.of(step("Kneel"), tucked));
        routines.save(draft);

        RoutineDraft loaded = routines.load(routineId).orElseThrow();
        assertThat(loaded.getCoverImageId()).isEqualTo(cover);
        StepDraft loadedStep = loaded.getSteps().get(1);
        assertThat(loadedStep.getImageId()).isEqualTo(toes);
        assertThat(loadedStep.getVideoId()).isEqualTo(video);
        assertThat(loadedStep.getVideoStart()).isEqualTo(5);
        assertThat(loadedStep.getVideoEnd()).isEqualTo(20);
        assertThat(loadedStep.getVideoTitle()).isEqualTo("Toe stretch");
        assertThat(loadedStep.getVideoDuration()).isEqualTo(60);

        // Duplicate the second step and move the copy to the top, as the editor does.
        List<StepDraft> steps = new ArrayList<>(loaded.getSteps());
        steps.addFirst(loadedStep.copy());
        loaded.setSteps(steps);
        routines.save(loaded);

        RoutineDraft again = routines.load(routineId).orElseThrow();
        assertThat(again.getSteps()).extracting(StepDraft::getName).containsExactly("Toes tucked", "Kneel", "Toes tucked");
        assertThat(again.getSteps()).extracting(StepDraft::getVideoId).containsExactly(video, null, video);
        assertThat(again.getSteps()).extracting(StepDraft::getImageId).containsExactly(toes, null, toes);
        assertThat(again.getSteps()).extracting(StepDraft::getVideoEnd).containsExactly(20, null, 20);
        assertThat(again.getCoverImageId()).isEqualTo(cover);
    }

    @Test
    void picturesNoLongerUsedAreRemovedWhenTheRoutineIsSaved() throws Exception {
        long kept = picture(2_000);
        long dropped = picture(2_000);
        long filesWithBoth = filesUnder(storageDirectory());
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setCoverImageId(kept);
        routines.save(draft);

        assertThat(jdbc.queryForList("select id from routine_images", Long.class)).containsExactly(kept);
        assertThat(filesUnder(storageDirectory())).isEqualTo(filesWithBoth - 1);
        assertThat(routines.openImage(dropped)).isEmpty();
    }

    @Test
    void aPictureOfAnotherRoutineCannotBeUsed() {
        long theirs = routines.uploadImage(routines.createDraft("Sun salutation"), "sun.png",
                new ByteArrayInputStream(VideoFixtures.png(1_000)));
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setCoverImageId(theirs);

        assertThatThrownBy(() -> routines.save(draft)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherInstructorsVideoIsRefusedUnlessTheCallerIsAnAdmin() {
        actAs(other);
        long theirs = video("Their clip");
        actAs(maya);

        assertThatThrownBy(() -> saveSteps(clip(step("Toes tucked"), theirs, 0, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("your own videos");
        assertThat(routines.load(routineId).orElseThrow().getSteps()).isEmpty();

        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThat(saveSteps(clip(step("Toes tucked"), theirs, 0, null)).getSteps().getFirst().getVideoId())
                .isEqualTo(theirs);

        actAs(maya);
        RoutineDraft kept = routines.load(routineId).orElseThrow();
        kept.setSummary("The author may keep what an admin chose.");
        assertThat(routines.save(kept).getSteps().getFirst().getVideoId()).isEqualTo(theirs);
    }

    @Test
    void clipTimesMustBeInOrderAndWithinTheVideo() {
        long video = video("Toe stretch");

        assertThatThrownBy(() -> saveSteps(clip(step("Toes tucked"), video, 20, 20)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining(StepDraft.CLIP_END_AFTER_START);
        assertThatThrownBy(() -> saveSteps(clip(step("Toes tucked"), video, 30, 10)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> saveSteps(clip(step("Toes tucked"), video, 10, 61)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 1:00 long");
        assertThatThrownBy(() -> saveSteps(clip(step("Toes tucked"), video, 60, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 1:00 long");
        assertThat(routines.load(routineId).orElseThrow().getSteps()).isEmpty();

        assertThat(saveSteps(clip(step("Toes tucked"), video, 10, 60)).getSteps()).hasSize(1);
    }

    @Test
    void deletingAVideoLeavesItsStepsWithoutAClip() {
        long video = video("Toe stretch");
        RoutineDraft saved = saveSteps(clip(step("Toes tucked"), video, 5, 20));
        routines.publishNow(saved.getId(), saved.getVersion());
        videos.delete(video, videos.load(video).orElseThrow().getVersion());

        RoutinePage page = routines.findLive(saved.getSlug(), false).orElseThrow();
        assertThat(page.steps()).singleElement().satisfies(step -> assertThat(step.clip()).isNull());
        assertThat(routines.load(routineId).orElseThrow().getSteps().getFirst().getVideoId()).isNull();
    }

    @Test
    void thePublicPageHasPicturesAndClipsAndHidesMembersOnlyVideosFromVisitors() {
        long cover = picture(2_000);
        long video = video("Toe stretch");
        long membersVideo = video("Members clip");
        VideoDraft members = videos.load(membersVideo).orElseThrow();
        members.setVisibility(Visibility.MEMBERS);
        videos.save(members);
        StepDraft first = clip(step("Toes tucked"), video, 5, 20);
        first.setImageId(cover);
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setCoverImageId(cover);
        draft.setSteps(List.of(first, clip(step("Tops of the feet"), membersVideo, 0, null)));
        RoutineDraft saved = routines.save(draft);
        routines.publishNow(saved.getId(), saved.getVersion());

        RoutinePage forVisitors = routines.findLive(saved.getSlug(), false).orElseThrow();
        assertThat(forVisitors.coverImageUrl()).isEqualTo("/media/images/" + cover);
        assertThat(forVisitors.steps().get(0).imageUrl()).isEqualTo("/media/images/" + cover);
        assertThat(forVisitors.steps().get(0).clip().sourceUrl()).isEqualTo("/media/videos/" + video + "#t=5,20");
        assertThat(forVisitors.steps().get(1).clip()).as("members-only video").isNull();
        assertThat(routines.findLive(saved.getSlug(), true).orElseThrow().steps().get(1).clip().sourceUrl())
                .isEqualTo("/media/videos/" + membersVideo);
        assertThat(routines.latestLive(5, false)).singleElement()
                .satisfies(card -> assertThat(card.coverImageUrl()).isEqualTo("/media/images/" + cover));
    }

    @Test
    void aRoutinePageWithManyClipsStillLoadsInAFixedNumberOfQueries() {
        List<StepDraft> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            steps.add(clip(step("Step " + i), video("Clip " + i), 0, 10));
        }
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setSteps(steps);
        RoutineDraft saved = routines.save(draft);
        routines.publishNow(saved.getId(), saved.getVersion());

        long statements = statementsDuring(() -> assertThat(routines.findLive(saved.getSlug(), false).orElseThrow()
                .steps()).allSatisfy(step -> assertThat(step.clip()).isNotNull()));
        // routine with steps, its tags, the author's name, the steps' videos
        assertThat(statements).isLessThanOrEqualTo(4);
    }

    // --- the picture endpoint ---

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        return http.perform(request).andReturn().getResponse();
    }

    private RoutineDraft withCover(long cover, Visibility visibility) {
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        draft.setCoverImageId(cover);
        draft.setVisibility(visibility);
        return routines.save(draft);
    }

    @Test
    void aLiveRoutinesPictureIsServedWithItsType() throws Exception {
        long cover = picture(4_000);
        RoutineDraft saved = withCover(cover, Visibility.PUBLIC);
        routines.publishNow(saved.getId(), saved.getVersion());
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = send(get("/media/images/" + cover));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("ETag")).isNotBlank();
        assertThat(response.getContentAsByteArray()).isEqualTo(VideoFixtures.png(4_000));
        assertThat(send(get("/media/images/987654")).getStatus()).isEqualTo(404);
    }

    @Test
    void anUnpublishedRoutinesPictureIsNotServedToReadersButToItsAuthor() throws Exception {
        long cover = picture(4_000);
        withCover(cover, Visibility.PUBLIC);
        SecurityContextHolder.clearContext();

        assertThat(send(get("/media/images/" + cover)).getStatus()).isEqualTo(404);
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        assertThat(send(get("/media/images/" + cover).with(signedIn(runner))).getStatus()).isEqualTo(404);
        assertThat(send(get("/media/images/" + cover).with(signedIn(other))).getStatus()).isEqualTo(404);
        assertThat(send(get("/media/images/" + cover).with(signedIn(maya))).getStatus()).isEqualTo(200);
    }

    @Test
    void aMembersOnlyRoutinesStepPictureNeedsASignInWhileItsCoverIsPartOfThePublicTeaser() throws Exception {
        long cover = picture(4_000);
        withCover(cover, Visibility.MEMBERS);
        long stepPicture = picture(3_000);
        StepDraft pictured = step("Toe yoga");
        pictured.setImageId(stepPicture);
        RoutineDraft saved = saveSteps(pictured);
        routines.publishNow(saved.getId(), saved.getVersion());
        SecurityContextHolder.clearContext();

        assertThat(send(get("/media/images/" + stepPicture)).getStatus()).isEqualTo(401);
        assertThat(send(get("/media/images/" + cover)).getStatus()).as("visitors see the teaser's cover")
                .isEqualTo(200);
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        assertThat(send(get("/media/images/" + stepPicture).with(signedIn(runner))).getStatus()).isEqualTo(200);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(SignedInPerson person) {
        return authentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
    }
}
