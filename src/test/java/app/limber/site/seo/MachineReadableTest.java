package app.limber.site.seo;

import app.limber.site.InstructorPaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.RoutineDraft;
import app.limber.content.Visibility;
import app.limber.site.PublicContentFixtures;
import app.limber.site.PublicContentFixtures.State;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap, robots.txt and the Atom feed list exactly the live items, as XML that parses, cacheable, cookie-free. */
@Import({TestAccounts.class, PublicContentFixtures.class})
@TestPropertySource(properties = "limber.public-url=https://yoga.example.com/")
class MachineReadableTest extends IntegrationTest {

    private static final String SITE = "https://yoga.example.com";

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublicContentFixtures fixtures;

    @Autowired
    WebApplicationContext web;

    MockMvc http;

    SignedInPerson maya;

    @BeforeEach
    void contentInEveryState() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        actAs(maya);
        fixtures.article("Toes first", State.PUBLISHED, Visibility.PUBLIC, "foot mobility");
        fixtures.article("Members ankle deep dive", State.PUBLISHED, Visibility.MEMBERS);
        fixtures.article("Unfinished thoughts", State.DRAFT, Visibility.PUBLIC, "secret tag");
        fixtures.article("Next week's post", State.SCHEDULED_LATER, Visibility.PUBLIC);
        fixtures.article("Old news", State.ARCHIVED, Visibility.PUBLIC);
        RoutineDraft salute = fixtures.routine("Runner's sun salute", State.PUBLISHED, Visibility.PUBLIC);
        fixtures.routine("Members hip opener", State.PUBLISHED, Visibility.MEMBERS);
        fixtures.routine("Draft routine", State.DRAFT, Visibility.PUBLIC);
        fixtures.program("Back on Track", State.PUBLISHED, salute.getId(), 30);
        fixtures.program("Draft program", State.DRAFT, salute.getId(), 14);
        fixtures.program("Archived program", State.ARCHIVED, salute.getId(), 14);
        actAs(accounts.create("ida@example.test", "Ida Draftsworth", Set.of(Role.INSTRUCTOR)));
        fixtures.article("Ida's first try", State.DRAFT, Visibility.PUBLIC);
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andReturn().getResponse();
    }

    private static Document xml(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSitemapListsExactlyTheLivePagesEachWithItsLastChange() throws Exception {
        MockHttpServletResponse response = fetch(get("/sitemap.xml"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        Document sitemap = xml(response);
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(sitemap, SitemapController.NAMESPACE, "loc")).containsExactlyInAnyOrder(
                SITE + "/", SITE + "/articles", SITE + "/routines", SITE + "/programs",
                SITE + "/articles/toes-first", SITE + "/articles/members-ankle-deep-dive",
                SITE + "/routines/runners-sun-salute", SITE + "/routines/members-hip-opener",
                SITE + "/tags/foot-mobility", SITE + "/programs/back-on-track",
                SITE + InstructorPaths.of(maya.personId(), "Maya Lindqvist"));
        assertThat(texts(sitemap, SitemapController.NAMESPACE, "lastmod")).hasSize(11)
                .allSatisfy(date -> assertThat(java.time.Instant.parse(date)).isNotNull());
        assertThat(response.getContentAsString()).doesNotContain("for readers only");
    }

    @Test
    void theFeedIsAtomWithTheLiveArticlesAndOnlyASummaryOfMembersOnlyOnes() throws Exception {
        MockHttpServletResponse response = fetch(get("/feed.atom"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Document feed = xml(response);
        String atom = FeedController.NAMESPACE;
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary", "author")) {
                assertThat(entry.getElementsByTagNameNS(atom, required).getLength()).as(required).isPositive();
            }
        }
        assertThat(texts(feed, atom, "id")).containsExactlyInAnyOrder(SITE + "/",
                SITE + "/articles/toes-first", SITE + "/articles/members-ankle-deep-dive");
        assertThat(texts(feed, atom, "summary")).containsExactlyInAnyOrder("Summary of Toes first",
                "Summary of Members ankle deep dive");
        assertThat(texts(feed, atom, "content")).singleElement().asString()
                .contains("The body of Toes first");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("The body of Members ankle deep dive").doesNotContain("Unfinished")
                .doesNotContain("Next week").doesNotContain("Old news");
        assertThat(texts(feed, atom, "name")).contains("Maya Lindqvist");
    }

    @Test
    void robotsKeepCrawlersOutOfTheApplicationAndNameTheSitemap() throws Exception {
        String robots = fetch(get("/robots.txt")).getContentAsString();

        assertThat(robots).contains("User-agent: *", "Allow: /\n", "Disallow: /studio\n", "Disallow: /admin\n",
                "Disallow: /today\n", "Disallow: /session\n", "Disallow: /progress\n", "Disallow: /account\n",
                "Disallow: /login\n", "Disallow: /VAADIN/\n", "Sitemap: " + SITE + "/sitemap.xml");
    }

    @Test
    void visitorsGetCacheableAnswersWithoutASessionAndA304WhenNothingChanged() throws Exception {
        for (String path : List.of("/sitemap.xml", "/robots.txt", "/feed.atom")) {
            MockHttpServletResponse first = fetch(get(path));
            assertThat(first.getStatus()).as(path).isEqualTo(200);
            assertThat(first.getHeader("Cache-Control")).as(path).isEqualTo("max-age=300, public");
            assertThat(first.getHeader("Set-Cookie")).as(path).isNull();
            assertThat(first.getCookies()).as(path).isEmpty();
            var result = http.perform(get(path)).andReturn();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            String etag = first.getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();

            MockHttpServletResponse again = fetch(get(path).header("If-None-Match", etag));
            assertThat(again.getStatus()).as(path).isEqualTo(304);
            assertThat(again.getContentAsString()).isEmpty();
        }
    }
}
