package app.limber.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.RegistrationService;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.Visibility;
import app.limber.program.ProgramDraft;
import app.limber.settings.Settings;
import app.limber.settings.SiteSettingsService;
import app.limber.site.PublicContentFixtures.State;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Start this program": a runner picks a start date and is enrolled; a visitor signs up with the program named and is
 * enrolled once the email is confirmed; while registration is closed the page says how to get an invitation.
 */
@Import({TestAccounts.class, PublicContentFixtures.class})
class StartProgramTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    private static final Pattern LINK = Pattern.compile("confirm-email\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublicContentFixtures fixtures;

    @Autowired
    RegistrationService registration;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    WebApplicationContext web;

    @Autowired
    app.limber.content.ArticleService articles;

    @Autowired
    app.limber.content.ArticleCovers covers;

    MockMvc http;
    ProgramDraft program;
    ProgramDraft draftProgram;

    @BeforeEach
    void aLiveProgram() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        long routine = fixtures.routine("Toe stretch", State.PUBLISHED, Visibility.PUBLIC).getId();
        program = fixtures.program("Back on Track", State.PUBLISHED, routine, 30);
        draftProgram = fixtures.program("Not ready", State.DRAFT, routine, 30);
        SecurityContextHolder.clearContext();
    }

    private void openRegistration(boolean open) {
        actAs(accounts.create(Set.of(Role.ADMIN)));
        Settings now = settings.current();
        settings.update(new Settings(now.siteName(), open, now.guestComments(), now.moderateAll(),
                now.holdLinkCount(), now.moderationWords(), now.disallowedWords(), now.mailSender(), now.version()));
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder as(SignedInPerson person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(new UsernamePasswordAuthenticationToken(person, null,
                person.getAuthorities())));
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private List<LocalDate> startDatesOf(long personId) {
        return jdbc.queryForList("select start_date from enrolments where person_id = ? and program_id = ?",
                LocalDate.class, personId, program.getId());
    }

    @Test
    void aVisitorIsSentToSignUpWithTheProgramNamedAndGetsNoCookie() throws Exception {
        openRegistration(true);

        MockHttpServletResponse response = fetch(get("/programs/back-on-track/start"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(http.perform(get("/programs/back-on-track/start")).andReturn().getRequest().getSession(false))
                .isNull();
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Start Back on Track");
        assertThat(page.select("a.button").attr("href")).isEqualTo("/register?program=back-on-track");
        assertThat(page.select("form[action$=/start]")).as("no form to post for a visitor").isEmpty();
    }

    @Test
    void whileRegistrationIsClosedTheVisitorLearnsHowToGetAnInvitation() throws Exception {
        Document page = html(fetch(get("/programs/back-on-track/start")));

        assertThat(page.select("h2").text()).isEqualTo("Joining is by invitation");
        assertThat(page.text()).contains("Ask the instructor to invite you");
        assertThat(page.select("a[href^=/register]")).isEmpty();
    }

    @Test
    void aRunnerChoosesAStartDateIsEnrolledOnceAndIsSentToToday() throws Exception {
        SignedInPerson sam = accounts.create(Set.of(Role.RUNNER));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        Document form = html(fetch(as(sam, get("/programs/back-on-track/start"))));
        assertThat(form.select("input[name=startDate]").attr("value")).as("today by default")
                .isEqualTo(today.toString());
        assertThat(form.select("label[for=start-date]").text()).isEqualTo("Start date");

        MockHttpServletResponse started = fetch(as(sam, post("/programs/back-on-track/start")
                .param("startDate", today.plusDays(2).toString()).with(csrf())));
        assertThat(started.getStatus()).isEqualTo(303);
        assertThat(started.getRedirectedUrl()).isEqualTo("/programs/back-on-track/start?enrolled=yes");
        assertThat(startDatesOf(sam.personId())).containsExactly(today.plusDays(2));

        Document welcome = html(fetch(as(sam, get("/programs/back-on-track/start?enrolled=yes"))));
        assertThat(welcome.select("h2").text()).isEqualTo("You're in!");
        assertThat(welcome.select("a.button").attr("href")).isEqualTo("/today");

        Document again = html(fetch(as(sam, get("/programs/back-on-track/start"))));
        assertThat(again.select("h2").text()).isEqualTo("You're already in this program");
        assertThat(again.select("form[action$=/start]")).isEmpty();
        MockHttpServletResponse twice = fetch(as(sam, post("/programs/back-on-track/start")
                .param("startDate", today.toString()).with(csrf())));
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(startDatesOf(sam.personId())).hasSize(1);
    }

    @Test
    void aMissingOrOutOfRangeDateIsExplainedAndNothingIsEnrolled() throws Exception {
        SignedInPerson sam = accounts.create(Set.of(Role.RUNNER));

        MockHttpServletResponse missing = fetch(as(sam, post("/programs/back-on-track/start")
                .param("startDate", "next tuesday").with(csrf())));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(html(missing).select("[role=alert]").text()).isEqualTo("Choose a start date.");

        String farAway = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(1).toString();
        MockHttpServletResponse tooLate = fetch(as(sam, post("/programs/back-on-track/start")
                .param("startDate", farAway).with(csrf())));
        assertThat(html(tooLate).select("[role=alert]").text()).contains("within the next 90 days");
        assertThat(html(tooLate).select("input[name=startDate]").attr("value")).as("keeps what was typed")
                .isEqualTo(farAway);
        assertThat(startDatesOf(sam.personId())).isEmpty();
    }

    @Test
    void postsWithoutTheSessionsTokenOrFromAnInstructorEnrolNobody() throws Exception {
        SignedInPerson sam = accounts.create(Set.of(Role.RUNNER));
        String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();

        assertThat(fetch(as(sam, post("/programs/back-on-track/start").param("startDate", today))).getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(fetch(post("/programs/back-on-track/start").param("startDate", today).with(csrf())).getStatus())
                .as("a visitor").isIn(302, 401, 403);
        SignedInPerson coach = accounts.create(Set.of(Role.INSTRUCTOR));
        assertThat(html(fetch(as(coach, get("/programs/back-on-track/start")))).select("h2").text())
                .isEqualTo("Programs are followed with a runner account");
        assertThat(fetch(as(coach, post("/programs/back-on-track/start").param("startDate", today).with(csrf())))
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from enrolments", Long.class)).isZero();
        assertThat(fetch(get("/programs/not-ready/start")).getStatus()).isEqualTo(404);
    }

    @Test
    void aVisitorWhoSignsUpFromTheProgramIsEnrolledFromTheDayTheyConfirm() throws Exception {
        openRegistration(true);
        Map<String, String> fromTheProgram = Map.of("program", "back-on-track");
        assertThat(registration.followUpsFor(fromTheProgram)).containsExactly(
                "Once you confirm your email, you're enrolled in “Back on Track”, starting that day.");
        assertThat(registration.followUpsFor(Map.of("program", "not-ready"))).as("a draft").isEmpty();

        registration.register("Sam Rivera", "sam@example.test", "calves before coffee", fromTheProgram);
        long sam = jdbc.queryForObject("select id from people where email = 'sam@example.test'", Long.class);
        assertThat(startDatesOf(sam)).as("not before the email is confirmed").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pending_enrolments", Long.class)).isEqualTo(1);

        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(registration.confirmAndFollowUp(link.group(1))).hasValue(
                List.of("You're enrolled in “Back on Track”: day 1 is today."));

        assertThat(startDatesOf(sam)).containsExactly(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        assertThat(jdbc.queryForObject("select count(*) from pending_enrolments", Long.class)).isZero();
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountOrForADraftRemembersNothing() {
        accounts.create("taken@example.test", "Taken Runner", Set.of(Role.RUNNER));
        openRegistration(true);

        registration.register("Someone", "taken@example.test", "calves before coffee",
                Map.of("program", "back-on-track"));
        registration.register("Jo", "jo@example.test", "calves before coffee", Map.of("program", "not-ready"));

        assertThat(jdbc.queryForObject("select count(*) from pending_enrolments", Long.class)).isZero();
    }

    @Test
    void anArticlesCallToActionLeadsToTheStartPageAndItsPreviewShowsIt() throws Exception {
        SignedInPerson maya = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(maya);
        app.limber.content.ArticleDraft article = fixtures.article("Toes first", State.PUBLISHED, Visibility.PUBLIC);
        app.limber.content.ArticleDraft draft = articles.load(article.getId()).orElseThrow();
        draft.setCallToAction(new app.limber.content.ProgramOffer(program.getId(), "Back on Track", "back-on-track"));
        articles.save(draft);
        SecurityContextHolder.clearContext();

        Document page = html(fetch(get("/articles/toes-first")));
        assertThat(page.select(".call-to-action h2").text()).isEqualTo("Back on Track");
        assertThat(page.select(".call-to-action a.button").attr("href")).isEqualTo("/programs/back-on-track/start");
        Document preview = html(fetch(as(maya, get("/studio/articles/" + article.getId() + "/preview"))));
        assertThat(preview.select(".call-to-action a.button").attr("href")).isEqualTo("/programs/back-on-track/start");
        Document plain = html(fetch(get("/programs/back-on-track")));
        assertThat(plain.select(".call-to-action")).as("only where an article asks for it").isEmpty();
    }

    @Test
    void pagesShareTheCoversShareSizeOfferCardSizesAndCarryFullStructuredData() throws Exception {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        app.limber.content.ArticleDraft article = fixtures.article("Toes first", State.PUBLISHED, Visibility.PUBLIC);
        long cover = covers.upload(article.getId(), new java.io.ByteArrayInputStream(
                app.limber.content.VideoFixtures.png(1_000)));
        app.limber.content.ArticleDraft draft = articles.load(article.getId()).orElseThrow();
        draft.setCoverImageId(cover);
        articles.save(draft);
        SecurityContextHolder.clearContext();
        String coverUrl = app.limber.content.ArticleCovers.url(cover);

        Document page = html(fetch(get("/articles/toes-first")));
        assertThat(page.select("meta[property=og:image]").attr("content")).endsWith(coverUrl + "/share");
        assertThat(page.select("img.cover").attr("srcset")).isEqualTo(coverUrl + "/480 480w, " + coverUrl + "/960 960w");
        var scripts = page.select("script[type=application/ld+json]");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(json.readTree(scripts.get(0).data()).get("image").asString()).endsWith(coverUrl + "/share");
        assertThat(json.readTree(scripts.get(1).data()).get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feed.atom");

        Document home = html(fetch(get("/")));
        var card = home.select(".article-card img").first();
        assertThat(card).isNotNull();
        assertThat(card.attr("loading")).isEqualTo("lazy");
        assertThat(card.attr("src")).isEqualTo(coverUrl + "/480");
        assertThat(card.attr("sizes")).isEqualTo(app.limber.content.ResponsivePicture.CARD_SIZES);
        assertThat(html(fetch(get("/articles"))).select("meta[property=og:image]").attr("content"))
                .endsWith(PublicUrls.DEFAULT_SHARE_IMAGE);
    }
}
