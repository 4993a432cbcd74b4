package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.StepDraft;
import app.limber.content.VideoFixtures;
import app.limber.content.VideoService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Image;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoutineViewTest extends UiTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    RoutineService routines;

    private RoutineDraft publishedRoutine(String title, String body, String cue, boolean membersOnly) {
        loginAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        draft.setBody(body);
        StepDraft step = new StepDraft();
        step.setName("Toes tucked " + SCRIPT);
        step.setCue(cue);
        draft.setSteps(List.of(step));
        if (membersOnly) {
            draft.setVisibility(app.limber.content.Visibility.MEMBERS);
        }
        RoutineDraft saved = routines.save(draft);
        RoutineDraft published = routines.publishNow(saved.getId(), saved.getVersion());
        logout();
        return published;
    }

    @Test
    void scriptInTitleMarkdownAndCuesRendersAsInertText() {
        RoutineDraft routine = publishedRoutine("Toe stretch " + SCRIPT,
                "Breathe " + SCRIPT + "\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))",
                "Lean forward <img src=x onerror=alert(2)>", false);

        navigateTo("routines/" + routine.getSlug());

        assertThat(_get(H1.class).getText()).isEqualTo("Toe stretch " + SCRIPT);
        assertThat(_get(H1.class).getElement().getChildren()).as("title is text only")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("step-cue")).getText())
                .isEqualTo("Lean forward <img src=x onerror=alert(2)>");
        Document body = Jsoup.parseBodyFragment(_get(Html.class).getInnerHtml());
        assertThat(body.select("script, img, iframe")).isEmpty();
        assertThat(body.select("[onerror], [onload], a[href^=javascript]")).isEmpty();
        assertThat(body.text()).contains("Breathe <script>alert('x')</script>");
    }

    @Autowired
    VideoService videos;

    @Test
    void coverStepPictureAndClipAreShownWithThePlayerAtTheStepsStart() {
        loginAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        long routineId = routines.createDraft("Post-run toe stretch");
        long picture = routines.uploadImage(routineId, "toes.png",
                new ByteArrayInputStream(VideoFixtures.png(2_000)));
        long video = videos.createUpload("toe-stretch.mp4", new ByteArrayInputStream(VideoFixtures.mp4(5_000)));
        long youtube = videos.createLink("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Toe stretch on YouTube");
        RoutineDraft draft = routines.load(routineId).orElseThrow();
        StepDraft tucked = new StepDraft();
        tucked.setName("Sit back with toes tucked");
        tucked.setImageId(picture);
        tucked.setVideoId(video);
        tucked.setVideoStart(5);
        tucked.setVideoEnd(12);
        StepDraft tops = new StepDraft();
        tops.setName("Sit back on the tops of the feet");
        tops.setVideoId(youtube);
        tops.setVideoStart(75);
        tops.setVideoEnd(90);
        draft.setCoverImageId(picture);
        draft.setSteps(List.of(tucked, tops));
        RoutineDraft saved = routines.save(draft);
        routines.publishNow(saved.getId(), saved.getVersion());
        logout();

        navigateTo("routines/" + saved.getSlug());

        assertThat(_get(Image.class, spec -> spec.withClasses("routine-cover")).getSrc())
                .isEqualTo("/media/images/" + picture);
        Image stepImage = _get(Image.class, spec -> spec.withClasses("step-image"));
        assertThat(stepImage.getSrc()).isEqualTo("/media/images/" + picture);
        assertThat(stepImage.getAlt()).hasValue("Sit back with toes tucked");
        List<VideoPlayer> players = _find(VideoPlayer.class);
        assertThat(players).extracting(VideoPlayer::source).containsExactly(
                "/media/videos/" + video + "#t=5,12",
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=75&end=90");
        assertThat(players.getFirst().getElement().getChild(0).getChild(0).getAttribute("src"))
                .as("the <video> element").isEqualTo("/media/videos/" + video + "#t=5,12");
    }

    @Test
    void membersOnlyRoutineAsksVisitorsToSignIn() {
        RoutineDraft routine = publishedRoutine("Runner's sun salutation", "", "", true);

        navigateTo("routines/" + routine.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that routine");

        loginAs(Role.RUNNER);
        navigateTo("routines/" + routine.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("Runner's sun salutation");
    }
}
