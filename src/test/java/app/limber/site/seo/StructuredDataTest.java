package app.limber.site.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.limber.content.ArticlePage;
import app.limber.content.Level;
import app.limber.content.RoutinePage;
import app.limber.content.Side;
import app.limber.content.VideoPlayback;
import app.limber.content.Visibility;
import app.limber.program.ProgramPage;
import app.limber.settings.SiteSettingsService;
import app.limber.site.PublicUrls;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON-LD for the public pages: valid JSON of the right schema.org types, inert in a script element. */
class StructuredDataTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T07:30:00Z");

    private final SiteSettingsService settings = mock(SiteSettingsService.class);
    private final StructuredData data;
    private final JsonMapper json = JsonMapper.builder().build();

    StructuredDataTest() {
        when(settings.siteName()).thenReturn("Maya's Studio");
        data = new StructuredData(new PublicUrls("https://yoga.example.com/"), settings);
    }

    private JsonNode parse(String script) {
        return json.readTree(script);
    }

    private static ArticlePage article(Visibility visibility, Map<Long, VideoPlayback> videos) {
        return new ArticlePage(5, "toes-first", "Toes first", "Why the big toe matters.", "<p>Secret body</p>",
                7, "Maya", PUBLISHED, visibility, List.of(new ArticlePage.TagLink("foot mobility", "foot-mobility")),
                List.of(), videos, "/media/article-images/9", null, PUBLISHED);
    }

    @Test
    void aPublicArticleIsABlogPostingWithItsClipsAsVideoObjects() {
        Map<Long, VideoPlayback> videos = new LinkedHashMap<>();
        videos.put(1L, new VideoPlayback(1, "Toe stretch", 95, List.of(), "/media/videos/1", "/media/posters/1", null));
        videos.put(2L, new VideoPlayback(2, "Sun salute", null, List.of(), null, null,
                "https://www.youtube-nocookie.com/embed/abc"));

        JsonNode posting = parse(data.article(article(Visibility.PUBLIC, videos)));

        assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(posting.get("@type").asString()).isEqualTo("BlogPosting");
        assertThat(posting.get("headline").asString()).isEqualTo("Toes first");
        assertThat(posting.get("url").asString()).isEqualTo("https://yoga.example.com/articles/toes-first");
        assertThat(posting.get("image").asString()).isEqualTo("https://yoga.example.com/media/article-images/9/share");
        assertThat(posting.get("datePublished").asString()).isEqualTo("2026-03-01T07:30:00Z");
        assertThat(posting.get("author").get("name").asString()).isEqualTo("Maya");
        assertThat(posting.get("author").get("url").asString()).isEqualTo("https://yoga.example.com/instructors/maya-7");
        assertThat(posting.get("publisher").get("name").asString()).isEqualTo("Maya's Studio");
        assertThat(posting.get("isAccessibleForFree").asBoolean()).isTrue();
        JsonNode upload = posting.get("video").get(0);
        assertThat(upload.get("@type").asString()).isEqualTo("VideoObject");
        assertThat(upload.get("name").asString()).isEqualTo("Toe stretch");
        assertThat(upload.get("duration").asString()).isEqualTo("PT1M35S");
        assertThat(upload.get("uploadDate").asString()).isEqualTo("2026-03-01T07:30:00Z");
        assertThat(upload.get("contentUrl").asString()).isEqualTo("https://yoga.example.com/media/videos/1");
        assertThat(upload.get("thumbnailUrl").asString()).isEqualTo("https://yoga.example.com/media/posters/1");
        JsonNode linked = posting.get("video").get(1);
        assertThat(linked.get("embedUrl").asString()).isEqualTo("https://www.youtube-nocookie.com/embed/abc");
        assertThat(linked.has("contentUrl")).isFalse();
        assertThat(linked.get("thumbnailUrl").asString()).endsWith(PublicUrls.DEFAULT_SHARE_IMAGE);
    }

    @Test
    void aMembersOnlyArticleCarriesNeitherItsTextNorItsClips() {
        Map<Long, VideoPlayback> videos = Map.of(1L,
                new VideoPlayback(1, "Members' clip", 60, List.of(), "/media/videos/1", null, null));

        String script = data.article(article(Visibility.MEMBERS, videos));
        JsonNode posting = parse(script);

        assertThat(posting.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(posting.has("video")).isFalse();
        assertThat(script).doesNotContain("Secret body").doesNotContain("Members' clip");
    }

    @Test
    void aRoutineIsAHowToWithOneStepPerStepButNoneWhenMembersOnly() {
        List<RoutinePage.Step> steps = List.of(
                new RoutinePage.Step("Toes tucked", "Sit back on your heels", "30 s", Side.BOTH, "/media/images/3",
                        null),
                new RoutinePage.Step("Tops of the feet", "", "5 breaths", Side.BOTH, null, null));
        RoutinePage open = new RoutinePage(3, "post-run-toes", "Post-run toes", "Two minutes for your feet", "",
                Level.BEGINNER, Visibility.PUBLIC, 120, List.of(), steps, 7, "Maya", null, PUBLISHED);

        JsonNode howTo = parse(data.routine(open));

        assertThat(howTo.get("@type").asString()).isEqualTo("HowTo");
        assertThat(howTo.get("totalTime").asString()).isEqualTo("PT2M");
        assertThat(howTo.get("image").asString()).isEqualTo("https://yoga.example.com" + PublicUrls.DEFAULT_SHARE_IMAGE);
        assertThat(howTo.get("step")).hasSize(2);
        JsonNode first = howTo.get("step").get(0);
        assertThat(first.get("@type").asString()).isEqualTo("HowToStep");
        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(first.get("text").asString()).isEqualTo("Sit back on your heels");
        assertThat(first.get("image").asString()).isEqualTo("https://yoga.example.com/media/images/3/960");
        assertThat(howTo.get("step").get(1).get("text").asString()).isEqualTo("Tops of the feet (5 breaths)");

        RoutinePage membersOnly = new RoutinePage(3, "post-run-toes", "Post-run toes", "Two minutes", "",
                Level.BEGINNER, Visibility.MEMBERS, 120, List.of(), steps, 7, "Maya", null, PUBLISHED);
        String hidden = data.routine(membersOnly);
        assertThat(parse(hidden).has("step")).isFalse();
        assertThat(hidden).doesNotContain("Sit back on your heels");
    }

    @Test
    void aProgramIsACourseFromTheSiteAsProvider() {
        ProgramPage page = new ProgramPage(4, "back-on-track", "Back on Track", "<p>Thirty days of <em>feet</em>.</p>",
                30, Visibility.PUBLIC, 7, "Maya", "/media/program-images/2", List.of(),
                PUBLISHED);

        JsonNode course = parse(data.program(page));

        assertThat(course.get("@type").asString()).isEqualTo("Course");
        assertThat(course.get("description").asString()).isEqualTo("Thirty days of feet.");
        assertThat(course.get("provider").get("@type").asString()).isEqualTo("Organization");
        assertThat(course.get("provider").get("name").asString()).isEqualTo("Maya's Studio");
        assertThat(course.get("hasCourseInstance").get(0).get("courseMode").asString()).isEqualTo("online");
        assertThat(course.get("image").asString()).isEqualTo("https://yoga.example.com/media/program-images/2/share");
    }

    @Test
    void anInstructorIsAPersonAndATrailIsABreadcrumbList() {
        JsonNode person = parse(data.person(new StructuredData.Instructor("Maya", "/instructors/maya", "Runner.",
                "/media/x/1")));
        assertThat(person.get("@type").asString()).isEqualTo("Person");
        assertThat(person.get("url").asString()).isEqualTo("https://yoga.example.com/instructors/maya");

        JsonNode trail = parse(data.breadcrumbs(List.of(new StructuredData.Crumb("Home", "/"),
                new StructuredData.Crumb("Articles", "/articles"))));
        assertThat(trail.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(trail.get("itemListElement").get(1).get("position").asInt()).isEqualTo(2);
        assertThat(trail.get("itemListElement").get(1).get("item").asString())
                .isEqualTo("https://yoga.example.com/articles");
    }

    @Test
    void markupInTitlesCannotCloseTheScriptElement() {
        ProgramPage page = new ProgramPage(4, "p", "</script><script>alert(1)</script> & co", "", 30,
                Visibility.PUBLIC, 7, "Maya <b>", null, List.of(), PUBLISHED);

        String script = data.program(page);

        assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(parse(script).get("name").asString()).isEqualTo("</script><script>alert(1)</script> & co");
    }
}
