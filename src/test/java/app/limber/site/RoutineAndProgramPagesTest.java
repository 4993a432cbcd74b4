package app.limber.site;

import static app.limber.site.ArticlePagesTest.assertNoSession;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.RoutineDraft;
import app.limber.content.Visibility;
import app.limber.program.ProgramDraft;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Routine, program and tag pages, and the studio's previews, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, PublicSiteFixtures.class})
class RoutineAndProgramPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicSiteFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    app.limber.content.InstructorProfiles instructorProfiles;

    WebClient visitor;

    @BeforeEach
    void freshVisitor() {
        fixtures.forget();
        visitor = new WebClient(port);
    }

    @Test
    void aRoutinePageShowsItsStepsWithMetaTagsAndHowToData() throws Exception {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "Kneel, tuck the toes, breathe.",
                Visibility.PUBLIC, true, "Foot mobility");

        HttpResponse<String> response = visitor.get("/routines/" + routine.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertNoSession(response);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Post-run toe stretch · Limber");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Kneel, tuck the toes, breathe.");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://limber.example/routines/" + routine.getSlug());
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://limber.example/site/share.png");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".steps .step-name").eachText()).containsExactly("Toe tuck kneel");
        assertThat(page.select(".steps .step-cue").text()).isEqualTo("Kneel and tuck the toes under; breathe slowly.");
        assertThat(page.select("a.chip").attr("href")).isEqualTo("/tags/foot-mobility");
        var json = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(json.get("@type").asText()).isEqualTo("HowTo");
    }

    @Test
    void aMembersOnlyRoutineShowsVisitorsItsSummaryButNeverItsSteps() {
        RoutineDraft routine = fixtures.routine("Runner's sun salutation", "Twelve rounds for the whole body.",
                Visibility.MEMBERS, true);

        HttpResponse<String> response = visitor.get("/routines/" + routine.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Toe tuck kneel", "Kneel and tuck the toes under");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".lead").text()).isEqualTo("Twelve rounds for the whole body.");
        assertThat(page.select(".members-panel").text()).contains("Sign in or join to follow this routine");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store, private");
    }

    @Test
    void aMembersOnlyProgramShowsVisitorsItsTeaserCoverAndScheduleShapeButNoRoutines() throws Exception {
        RoutineDraft routine = fixtures.routine("Secret hip sequence", "", Visibility.MEMBERS, true);
        ProgramDraft program = fixtures.membersOnlyProgramWithCover("Members' 10K block",
                "Ten days of mobility for your **10K** build.", 9, routine.getId(),
                app.limber.TestPictures.picture(900, 600, "jpeg"));

        HttpResponse<String> response = visitor.get("/programs/" + program.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Secret hip sequence", "Start gently.");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Members' 10K block");
        assertThat(page.select(".lead").text()).isEqualTo("Ten days of mobility for your 10K build.");
        assertThat(page.select(".members-panel").text()).contains("Sign in or join to start this program");
        assertThat(page.select(".schedule-week h3").eachText()).containsExactly("Week 1", "Week 2");
        assertThat(page.select(".schedule-day").eachText()).hasSize(9)
                .startsWith("Day 1 Session", "Day 2 Session", "Day 3 Rest");
        String cover = page.select("img.cover").attr("src");
        assertThat(cover).isNotBlank();
        assertThat(visitor.get(cover).statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        assertThat(Jsoup.parse(visitor.get("/programs").body()).select(".program-card h3").eachText())
                .as("lists show visitors public items only, as the article and routine lists do")
                .doesNotContain("Members' 10K block");
    }

    @Test
    void theLibraryFiltersByLevelLengthTagAndWords() {
        fixtures.routine("Post-run toe stretch", "", Visibility.PUBLIC, true, "Foot mobility");
        fixtures.routine("Hip opener", "", Visibility.PUBLIC, true, "Hips");
        fixtures.routine("Unfinished flow", "", Visibility.PUBLIC, false, "Hips");
        fixtures.routine("Members' flow", "", Visibility.MEMBERS, true, "Hips");

        assertThat(titles("/routines")).containsExactly("Hip opener", "Post-run toe stretch");
        assertThat(titles("/routines?tag=hips")).containsExactly("Hip opener");
        assertThat(titles("/routines?q=TOE")).containsExactly("Post-run toe stretch");
        assertThat(titles("/routines?level=beginner&minutes=5")).containsExactly("Hip opener", "Post-run toe stretch");
        assertThat(titles("/routines?level=advanced")).isEmpty();
        assertThat(Jsoup.parse(visitor.get("/routines?level=advanced").body()).select(".empty-state").text())
                .contains("No routines match");
    }

    private java.util.List<String> titles(String path) {
        return Jsoup.parse(visitor.get(path).body()).select(".routine-card h3").eachText();
    }

    @Test
    void aTagPageListsTheLiveArticlesAndRoutinesWithThatTagAndAnUnknownTagIsNotFound() {
        fixtures.routine("Post-run toe stretch", "", Visibility.PUBLIC, true, "Foot mobility");
        ArticleDraft article = fixtures.article("Why your big toe matters", "", "Text", Visibility.PUBLIC, true);

        Document page = Jsoup.parse(visitor.get("/tags/foot-mobility").body());

        assertThat(page.select("h1").text()).isEqualTo("#Foot mobility");
        assertThat(page.select(".article-card h3 a").attr("href")).isEqualTo("/articles/" + article.getSlug());
        assertThat(page.select(".routine-card h3").eachText()).containsExactly("Post-run toe stretch");
        assertThat(visitor.get("/tags/no-such-tag").statusCode()).isEqualTo(404);
    }

    @Test
    void aProgramPageShowsItsScheduleASampleDayAndTheWayToStart() {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "", Visibility.PUBLIC, true);
        ProgramDraft program = fixtures.program("Back on Track", "Thirty days to **get back** on track.", 10,
                routine.getId(), true);
        fixtures.program("Still a draft", "", 5, routine.getId(), false);

        Document list = Jsoup.parse(visitor.get("/programs").body());
        assertThat(list.select(".program-card h3").eachText()).containsExactly("Back on Track");

        HttpResponse<String> response = visitor.get("/programs/" + program.getSlug());
        assertThat(response.statusCode()).isEqualTo(200);
        assertNoSession(response);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Back on Track");
        assertThat(page.select(".schedule-week")).hasSize(2);
        assertThat(page.select(".schedule-day")).hasSize(10);
        assertThat(page.select("#sample-day").text()).isEqualTo("A sample day: day 1");
        assertThat(page.select(".enrol-panel a").attr("href")).isEqualTo("/programs/" + program.getSlug() + "/start");
        assertThat(page.select(".body-text strong").text()).isEqualTo("get back");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Thirty days to get back on track.");
        assertThat(visitor.get("/programs/still-a-draft").statusCode()).isEqualTo(404);
    }

    @Test
    void anInstructorsPageListsTheirPublishedWorkAndTheAuthorBoxLinksThere() {
        RoutineDraft routine = fixtures.routine("Post-run toe stretch", "", Visibility.PUBLIC, true);
        fixtures.routine("Unfinished flow", "", Visibility.PUBLIC, false);
        ArticleDraft article = fixtures.article("Why your big toe matters", "", "Text", Visibility.PUBLIC, true);
        fixtures.program("Back on Track", "Thirty days.", 7, routine.getId(), true);
        SignedInPerson maya = fixtures.instructor();
        String path = "/instructors/maya-lindqvist-" + maya.personId();

        Document articlePage = Jsoup.parse(visitor.get("/articles/" + article.getSlug()).body());
        assertThat(articlePage.select(".author-box a").attr("href")).isEqualTo(path);

        HttpResponse<String> response = visitor.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertNoSession(response);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Maya Lindqvist");
        assertThat(page.select(".routine-card h3").eachText()).containsExactly("Post-run toe stretch");
        assertThat(page.select(".article-card h3").eachText()).containsExactly("Why your big toe matters");
        assertThat(page.select(".program-card h3").eachText()).containsExactly("Back on Track");
        assertThat(visitor.get("/instructors/old-name-" + maya.personId()).headers().firstValue("Location"))
                .hasValue(path);
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        assertThat(visitor.get("/instructors/someone-" + runner.personId()).statusCode()).isEqualTo(404);
    }

    @Test
    void anInstructorsBioAndPhotoShowInTheAuthorBoxOnTheirPageAndInTheirPersonData() throws Exception {
        ArticleDraft article = fixtures.article("Why your big toe matters", "", "Text", Visibility.PUBLIC, true);
        SignedInPerson maya = fixtures.instructor();
        String photo = fixtures.asInstructor(() -> {
            instructorProfiles.saveBio("Runner and yoga teacher <b>in Uppsala</b>.");
            return app.limber.content.InstructorProfiles.photoUrl(instructorProfiles.uploadPhoto(
                    new java.io.ByteArrayInputStream(app.limber.TestPictures.picture(400, 400, "jpeg"))));
        });
        String path = "/instructors/maya-lindqvist-" + maya.personId();

        Document articlePage = Jsoup.parse(visitor.get("/articles/" + article.getSlug()).body());
        assertThat(articlePage.select(".author-box .author-bio").text())
                .isEqualTo("Runner and yoga teacher <b>in Uppsala</b>.");
        assertThat(articlePage.select(".author-box img.author-photo").attr("alt")).isEqualTo("Maya Lindqvist");
        assertThat(articlePage.select(".author-box .author-initials")).isEmpty();

        Document page = Jsoup.parse(visitor.get(path).body());
        assertThat(page.select(".author-bio").text()).isEqualTo("Runner and yoga teacher <b>in Uppsala</b>.");
        String src = page.select("img.author-photo").attr("src");
        assertThat(src).startsWith(photo);
        assertThat(visitor.get(src).statusCode()).isEqualTo(200);
        assertThat(visitor.get(photo).statusCode()).isEqualTo(200);
        var json = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(json.get("@type").asText()).isEqualTo("Person");
        assertThat(json.get("description").asText()).isEqualTo("Runner and yoga teacher <b>in Uppsala</b>.");
        assertThat(json.get("image").asText()).isEqualTo("https://limber.example" + photo);
        assertThat(page.select("meta[property=og:image]").attr("content")).contains(photo);
    }

    @Test
    void previewsShowDraftsToTheirAuthorOnlyOthersAreRefusedAndVisitorsSentToSignIn() {
        RoutineDraft routine = fixtures.routine("Unfinished flow", "Draft summary", Visibility.PUBLIC, false);
        ArticleDraft article = fixtures.article("Draft article", "", "Draft text", Visibility.PUBLIC, false);
        ProgramDraft program = fixtures.program("Draft program", "", 7, routine.getId(), false);
        SignedInPerson author = fixtures.instructor();
        String[] previews = {"/studio/articles/" + article.getId() + "/preview",
                "/studio/routines/" + routine.getId() + "/preview",
                "/studio/programs/" + program.getId() + "/preview"};

        for (String preview : previews) {
            assertThat(visitor.get(preview).statusCode()).as(preview).isEqualTo(302);
        }
        WebClient other = new WebClient(port);
        other.signIn(accounts.create(Set.of(Role.INSTRUCTOR)).email(), "secret-password");
        WebClient runner = new WebClient(port);
        runner.signIn(accounts.create(Set.of(Role.RUNNER)).email(), "secret-password");
        WebClient own = new WebClient(port);
        own.signIn(author.email(), "secret-password");
        for (String preview : previews) {
            HttpResponse<String> refused = other.get(preview);
            assertThat(refused.statusCode()).as(preview).isEqualTo(403);
            assertThat(refused.body()).contains("site.css").doesNotContain("Draft text");
            assertThat(runner.get(preview).statusCode()).as(preview).isEqualTo(403);
            HttpResponse<String> shown = own.get(preview);
            assertThat(shown.statusCode()).as(preview).isEqualTo(200);
            Document page = Jsoup.parse(shown.body());
            assertThat(page.select(".preview-banner").text()).contains("Back to the editor");
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        }
        assertThat(own.get(previews[0]).body()).contains("Draft text");
        RoutineDraft live = fixtures.routine("Live flow", "", Visibility.PUBLIC, true);
        ProgramDraft planned = fixtures.program("Planned program", "", 7, live.getId(), false);
        assertThat(Jsoup.parse(own.get("/studio/programs/" + planned.getId() + "/preview").body())
                .select("a.preview-day").eachAttr("href")).as("each day with a session (1 and 2) opens in the player")
                .containsExactly("/studio/programs/" + planned.getId() + "/preview/day/1",
                        "/studio/programs/" + planned.getId() + "/preview/day/2");
        assertThat(Jsoup.parse(visitor.get("/studio/programs/" + planned.getId() + "/preview").body())
                .select("a.preview-day")).as("a visitor is sent to sign in, no preview links").isEmpty();
    }
}
