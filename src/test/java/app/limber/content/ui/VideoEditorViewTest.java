package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.Chapter;
import app.limber.content.VideoDraft;
import app.limber.content.VideoService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VideoEditorViewTest extends UiTest {

    @Autowired
    VideoService videos;

    SignedInPerson maya;
    long videoId;

    @BeforeEach
    void aLinkedVideo() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        loginAs(maya);
        videoId = videos.createLink("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Post-run toe stretch");
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void aVideoWithoutATitleIsNotSaved() {
        navigateTo("studio/videos/" + videoId);
        field("Title").setValue("");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(field("Title").isInvalid()).isTrue();
        assertThat(field("Title").getErrorMessage()).isEqualTo("Give the video a title");
        assertThat(videos.load(videoId).orElseThrow().getTitle()).isEqualTo("Post-run toe stretch");
    }

    @Test
    void instructorAddsChaptersAndALengthAndSaves() {
        navigateTo("studio/videos/" + videoId);
        field("Length").setValue("4:30");
        addChapter("1:30", "Tops of the feet down");
        addChapter("0:10", "Toes tucked, sit back on heels");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        VideoDraft saved = videos.load(videoId).orElseThrow();
        assertThat(saved.getDurationSeconds()).isEqualTo(270);
        assertThat(saved.getChapters()).containsExactly(new Chapter("Toes tucked, sit back on heels", 10),
                new Chapter("Tops of the feet down", 90));
        NotificationsKt.expectNotifications("Saved");
    }

    @Test
    void aChapterNeedsATimeWrittenAsMinutesAndSeconds() {
        navigateTo("studio/videos/" + videoId);
        addChapter("ninety", "Toes tucked");

        assertThat(field("Starts at").isInvalid()).isTrue();
        assertThat(field("Starts at").getErrorMessage()).contains("minutes:seconds");
        assertThat(_get(ChaptersEditor.class).getChapters()).isEmpty();
    }

    @Test
    void thePreviewUsesThePrivacyEnhancedPlayer() {
        navigateTo("studio/videos/" + videoId);

        IFrame frame = _get(IFrame.class);
        assertThat(frame.getSrc()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(frame.getElement().getAttribute("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(frame.getElement().getAttribute("title")).isEqualTo("Post-run toe stretch");
    }

    @Test
    void anotherInstructorsVideoDoesNotOpen() {
        loginAs(Role.INSTRUCTOR);
        navigateTo("studio/videos/" + videoId);

        assertThat(_get(H1.class).getText()).isEqualTo("This video belongs to another instructor");
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void theListShowsTheInstructorsVideosAndOffersUpload() {
        navigateTo("studio/videos");

        @SuppressWarnings("unchecked")
        Grid<app.limber.content.VideoSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Post-run toe stretch");
        assertThat(_get(Upload.class).getMaxFileSize()).isEqualTo((int) videos.maxUploadBytes());
    }

    @Test
    void aLinkToAnotherSiteIsRefusedInTheDialog() {
        navigateTo("studio/videos");
        _click(_get(Button.class, spec -> spec.withText("Add YouTube or Vimeo link")));
        field("Video link").setValue("http://www.youtube.com/watch?v=dQw4w9WgXcQ");
        _click(_get(Button.class, spec -> spec.withText("Add")));

        assertThat(field("Video link").isInvalid()).isTrue();
        assertThat(field("Video link").getErrorMessage()).contains("https://");
        assertThat(videos.count("")).isEqualTo(1);
    }

    private void addChapter(String start, String title) {
        field("Starts at").setValue(start);
        field("Chapter title").setValue(title);
        _click(_get(Button.class, spec -> spec.withText("Add chapter")));
    }
}
