package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@Import(TestAccounts.class)
class VideoServiceTest extends IntegrationTest {

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    SignedInPerson maya;
    long mayasVideo;

    @BeforeEach
    void mayaHasAVideo() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        actAs(maya);
        mayasVideo = videos.createLink("https://youtu.be/dQw4w9WgXcQ", "Runner's sun salutation");
    }

    @Test
    void anotherInstructorCannotOpenOrChangeIt() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));

        assertThatThrownBy(() -> videos.load(mayasVideo)).isInstanceOf(AccessDeniedException.class);
        VideoDraft forged = new VideoDraft(mayasVideo, 0, VideoSource.LINK, null, null, null, null, null, false);
        forged.setTitle("Mine now");
        assertThatThrownBy(() -> videos.save(forged)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.delete(mayasVideo, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.replacePoster(mayasVideo, 0, "p.png",
                new ByteArrayInputStream(VideoFixtures.png(100)))).isInstanceOf(AccessDeniedException.class);
        assertThat(videos.list("", PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void anAdminMayChangeAnyVideo() {
        actAs(accounts.create(Set.of(Role.ADMIN)));

        VideoDraft draft = videos.load(mayasVideo).orElseThrow();
        draft.setTitle("Runner's sun salutation (long)");
        assertThat(videos.save(draft).getTitle()).isEqualTo("Runner's sun salutation (long)");
        assertThat(videos.list("", PageRequest.of(0, 10))).extracting(VideoSummary::id).containsExactly(mayasVideo);
    }

    @Test
    void runnersAndAnonymousCallersCannotUseTheStudio() {
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> videos.list("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.createLink("https://youtu.be/dQw4w9WgXcQ", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.createUpload("x.mp4", new ByteArrayInputStream(VideoFixtures.mp4(100))))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> videos.load(mayasVideo)).isInstanceOf(Exception.class);
    }

    @Test
    void aStaleSaveIsRefused() {
        VideoDraft first = videos.load(mayasVideo).orElseThrow();
        VideoDraft second = videos.load(mayasVideo).orElseThrow();
        first.setTitle("First");
        videos.save(first);

        second.setTitle("Second");
        assertThatThrownBy(() -> videos.save(second)).isInstanceOf(ChangedBySomeoneElseException.class);
        assertThat(videos.load(mayasVideo).orElseThrow().getTitle()).isEqualTo("First");
    }

    @Test
    void chaptersAreKeptInTimeOrderAndMustStartBeforeTheEnd() {
        VideoDraft draft = videos.load(mayasVideo).orElseThrow();
        draft.setDurationSeconds(300);
        draft.setChapters(List.of(new Chapter("Tops of the feet", 150), new Chapter("Toes tucked", 30)));
        VideoDraft saved = videos.save(draft);
        assertThat(saved.getChapters()).extracting(Chapter::title).containsExactly("Toes tucked", "Tops of the feet");

        saved.setChapters(List.of(new Chapter("After the end", 301)));
        assertThatThrownBy(() -> videos.save(saved)).hasMessageContaining("before the end");
    }

    @Test
    void titlesAreRequired() {
        VideoDraft draft = videos.load(mayasVideo).orElseThrow();
        draft.setTitle("  ");
        assertThatThrownBy(() -> videos.save(draft)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Give the video a title");
    }

    @Test
    void playbackOfALinkUsesThePrivacyEnhancedPlayerForAnyone() {
        SecurityContextHolder.clearContext();

        VideoPlayback playback = videos.findForPlayback(mayasVideo).orElseThrow();

        assertThat(playback.isEmbedded()).isTrue();
        assertThat(playback.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(playback.sourceUrl(75)).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=75");
        assertThat(playback.streamUrl()).isNull();
    }

    @Test
    void playbackOfAnUploadStreamsFromTheMediaEndpoint() {
        long upload = videos.createUpload("toe stretch.mp4", new ByteArrayInputStream(VideoFixtures.mp4(500)));

        VideoPlayback playback = videos.findForPlayback(upload).orElseThrow();

        assertThat(playback.streamUrl()).isEqualTo("/media/videos/" + upload);
        assertThat(playback.sourceUrl(30)).isEqualTo("/media/videos/" + upload + "#t=30");
        assertThat(playback.embedUrl()).isNull();
    }

    @Test
    void membersOnlyVideosAreNotFoundForAnonymousPlayback() {
        VideoDraft draft = videos.load(mayasVideo).orElseThrow();
        draft.setVisibility(Visibility.MEMBERS);
        videos.save(draft);

        SecurityContextHolder.clearContext();
        assertThat(videos.findForPlayback(mayasVideo)).isEmpty();
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThat(videos.findForPlayback(mayasVideo)).isPresent();
        assertThat(videos.findForPlayback(424242)).isEmpty();
    }

    @Test
    void theListSearchesTitlesAndSortsInTheDatabase() {
        videos.createLink("https://vimeo.com/76979871", "Post-run toe stretch");
        videos.createLink("https://vimeo.com/76979872", "100% ankle_mobility");

        assertThat(videos.list("TOE", PageRequest.of(0, 10))).extracting(VideoSummary::title)
                .containsExactly("Post-run toe stretch");
        assertThat(videos.list("100%", PageRequest.of(0, 10))).hasSize(1);
        assertThat(videos.list("_", PageRequest.of(0, 10))).extracting(VideoSummary::title)
                .containsExactly("100% ankle_mobility");
        assertThat(videos.list("", PageRequest.of(0, 10, Sort.by("title")))).extracting(VideoSummary::title)
                .containsExactly("100% ankle_mobility", "Post-run toe stretch", "Runner's sun salutation");
        assertThat(videos.count("")).isEqualTo(3);
        assertThat(statementsDuring(() -> videos.list("", PageRequest.of(0, 50, Sort.by("nonsense")))))
                .as("one query per page").isEqualTo(1);
    }
}
