package app.limber.site;

import static app.limber.site.ArticlePagesTest.assertNoSession;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.community.CommentFixtures;
import app.limber.community.XssPayloads;
import app.limber.content.ArticleDraft;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The discussion under articles and routines on the server-rendered pages: threaded reading, and posting as a plain
 * HTML form with post/redirect/get, a signed form token, honeypot and fill time, with the moderation rules'
 * outcomes (published, held, refused).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, CommentFixtures.class})
class CommentPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    SignedInPerson coach;
    ArticleDraft article;
    WebClient visitor;

    @BeforeEach
    void anArticle() {
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Your big toe starts every stride");
        jdbc.update("update people set notify_new_comments = false"); // no SMTP server here
        visitor = new WebClient(port);
    }

    private String path() {
        return "/articles/" + article.getSlug();
    }

    /** The form's fields as the page rendered them, with these filled in. */
    private Map<String, String> formFrom(HttpResponse<String> page, Map<String, String> filled) {
        Document document = Jsoup.parse(page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        document.select("#comment-form input[type=hidden]").forEach(input -> fields.put(input.attr("name"),
                input.attr("value")));
        fields.put("homepage", "");
        fields.putAll(filled);
        return fields;
    }

    private HttpResponse<String> postAfter(Duration reading, HttpResponse<String> page, Map<String, String> filled) {
        Map<String, String> form = formFrom(page, filled);
        clock.advance(reading);
        return visitor.postForm(path() + "/comments", form);
    }

    private long comments() {
        return jdbc.queryForObject("select count(*) from comments", Long.class);
    }

    @Test
    void aGuestsFirstCommentIsHeldAndTheRedirectSaysSoWithoutASession() {
        HttpResponse<String> page = visitor.get(path());
        assertNoSession(page);

        HttpResponse<String> posted = postAfter(Duration.ofSeconds(20), page, Map.of("name", "Sam Rivera",
                "email", "sam@example.test", "text", "My big toe finally bends!"));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertNoSession(posted);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(path() + "?comment=held#comments");
        HttpResponse<String> after = visitor.get(location.replace("#comments", ""));
        assertThat(Jsoup.parse(after.body()).select("#comment-outcome").text()).contains("held for moderation");
        assertThat(jdbc.queryForObject("select status from comments", String.class)).isEqualTo("PENDING");
        assertThat(Jsoup.parse(visitor.get(path()).body()).select(".comment-text")).as("not public yet").isEmpty();

        visitor.get(location.replace("#comments", ""));
        assertThat(comments()).as("reloading the page after the post sends nothing").isEqualTo(1);
    }

    @Test
    void aGuestWithAnApprovedCommentIsPublishedAtOnce() {
        fixtures.asVisitor(article.getId(), "Sam Rivera", "sam@example.test", "", "First time");
        jdbc.update("update comments set status = 'APPROVED'");
        HttpResponse<String> page = visitor.get(path());

        HttpResponse<String> posted = postAfter(Duration.ofSeconds(30), page, Map.of("name", "Sam Rivera",
                "email", "sam@example.test", "text", "Second time, ten breaths."));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).startsWith(path() + "?comment=published");
        Document after = Jsoup.parse(visitor.get(path() + "?comment=published").body());
        assertThat(after.select("#comment-outcome").text()).isEqualTo("Thanks, your comment is up.");
        assertThat(after.select(".comment-text").eachText()).containsExactly("First time",
                "Second time, ten breaths.");
    }

    @Test
    void aFilledHoneypotATooQuickPostAndAForgedTokenAreRefusedAndNothingIsStored() {
        HttpResponse<String> page = visitor.get(path());
        Map<String, String> person = Map.of("name", "Bot", "email", "bot@example.test", "text", "Buy now");

        HttpResponse<String> honeypot = postAfter(Duration.ofSeconds(20), page, Map.of("name", "Bot", "email",
                "bot@example.test", "text", "Buy now", "homepage", "https://spam.example"));
        HttpResponse<String> tooQuick = postAfter(Duration.ZERO, visitor.get(path()), person);
        Map<String, String> forged = new LinkedHashMap<>(person);
        forged.put("form_token", "1." + "A".repeat(43));
        forged.put("homepage", "");
        HttpResponse<String> badToken = visitor.postForm(path() + "/comments", forged);

        for (HttpResponse<String> refused : java.util.List.of(honeypot, tooQuick, badToken)) {
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(refused.body()).select("#comment-outcome").text()).isNotBlank();
            assertThat(Jsoup.parse(refused.body()).select("#comment-text").text()).isEqualTo("Buy now");
            assertNoSession(refused);
        }
        assertThat(Jsoup.parse(badToken.body()).select("#comment-outcome").text()).isEqualTo(CommentPosting.EXPIRED);
        assertThat(comments()).isZero();
    }

    @Test
    void aMissingEmailIsRefusedWithTheReasonAndTheTextKept() {
        HttpResponse<String> refused = postAfter(Duration.ofSeconds(20), visitor.get(path()),
                Map.of("name", "Sam", "email", "", "text", "Hello from the track"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#comment-outcome").text()).containsIgnoringCase("email");
        assertThat(page.select("#comment-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#comment-text").text()).isEqualTo("Hello from the track");
        assertThat(page.select("#comment-name").attr("value")).isEqualTo("Sam");
        assertThat(comments()).isZero();
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        Map<String, String> form = formFrom(visitor.get(path()), Map.of("name", "Sam", "email", "sam@example.test",
                "text", "Hi"));
        clock.advance(Duration.ofSeconds(20));
        HttpResponse<String> crossSite = visitor.postForm(path() + "/comments", form, "https://evil.example");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(comments()).isZero();
    }

    @Test
    void aMemberCommentsAsThemselvesWithTheSessionsCsrfTokenAndNotWithoutIt() {
        SignedInPerson runner = accounts.create("jo@example.test", "Jo Okafor", Set.of(Role.RUNNER));
        assertThat(visitor.signIn(runner.email(), "secret-password").statusCode()).isEqualTo(302);
        HttpResponse<String> page = visitor.get(path());
        Document document = Jsoup.parse(page.body());
        assertThat(document.select("#comment-email")).as("members give no name or email").isEmpty();
        assertThat(document.select("#comment-form input[name=_csrf]")).hasSize(1);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store, private");

        Map<String, String> withoutToken = formFrom(page, Map.of("text", "Ten breaths today."));
        withoutToken.remove("_csrf");
        clock.advance(Duration.ofSeconds(20));
        assertThat(visitor.postForm(path() + "/comments", withoutToken).statusCode()).isEqualTo(403);

        HttpResponse<String> posted = postAfter(Duration.ofSeconds(20), page, Map.of("text", "Ten breaths today."));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(jdbc.queryForObject("select author_name from comments", String.class)).isEqualTo("Jo Okafor");
    }

    @Test
    void repliesAreShownInReadingOrderIndentedByDepthAndSayWhomTheyAnswer() {
        long first = fixtures.asVisitor(article.getId(), "Jo Okafor", "jo@example.test", "", "Ten breaths today.")
                .id();
        jdbc.update("update comments set status = 'APPROVED'");
        long reply = fixtures.as(coach, () -> fixtures.post(article.getId(), first, "", "", "",
                "Lovely, keep going.", "192.0.2.1")).id();
        fixtures.as(null, () -> fixtures.post(article.getId(), reply, "Jo Okafor", "jo@example.test", "",
                "Will do, twelve tomorrow.", "192.0.2.2"));
        fixtures.asVisitor(article.getId(), "Sam Rivera", "sam@example.test", "", "See https://example.org/toes.");
        jdbc.update("update comments set status = 'APPROVED'");

        Document page = Jsoup.parse(visitor.get(path()).body());

        assertThat(page.select(".comment").eachAttr("data-depth")).containsExactly("1", "2", "3", "1");
        assertThat(page.select("[style]")).as("no inline styles: the public pages' CSP forbids them").isEmpty();
        assertThat(page.select(".comment .comment-text").eachText()).containsExactly("Ten breaths today.",
                "Lovely, keep going.", "Will do, twelve tomorrow.", "See https://example.org/toes.");
        assertThat(page.select(".comment").get(2).select(".comment-in-reply-to").text())
                .isEqualTo("in reply to Maya Lindqvist");
        assertThat(page.select(".comment-text a").attr("href")).isEqualTo("https://example.org/toes");
        assertThat(page.select(".comment-text a").attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(page.select(".comment-reply").first().attr("href")).isEqualTo("?reply=" + first + "#comment-form");
        Document replying = Jsoup.parse(visitor.get(path() + "?reply=" + first).body());
        assertThat(replying.select("#comment-form input[name=replyTo]").attr("value")).isEqualTo(
                Long.toString(first));
    }

    @Test
    void xssPayloadsInNamesTextsAndAddressesStayInertText() {
        fixtures.settings(s -> s.withCommentsPerHour(1000));
        int n = 0;
        for (String payload : XssPayloads.ALL) {
            n++;
            String name = payload.codePointCount(0, payload.length()) > 80
                    ? payload.substring(0, payload.offsetByCodePoints(0, 80)) : payload;
            fixtures.asVisitor(article.getId(), name, "v" + n + "@example.test", "",
                    payload + "\nhttps://example.org/" + n + "?" + payload);
        }
        jdbc.update("update comments set status = 'APPROVED'");

        HttpResponse<String> response = visitor.get(path());

        Document page = Jsoup.parse(response.body());
        var thread = page.select(".comment-list").first();
        assertThat(thread.select("script, iframe, img, svg, object, embed, style, link, meta, base, form, input, "
                + "video, audio, math, template, details, marquee, textarea, button")).isEmpty();
        assertThat(thread.select("*").stream().flatMap(element -> element.attributes().asList().stream())
                .map(attribute -> attribute.getKey().toLowerCase())).noneMatch(key -> key.startsWith("on"));
        assertThat(thread.select(".comment-text a")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).matches("(?i)https?://.*");
            assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener");
        });
        assertThat(thread.select(".comment-reply")).allSatisfy(link -> assertThat(link.attr("href"))
                .matches("\\?reply=\\d+#comment-form"));
        assertThat(page.select("body script")).isEmpty();
        String text = thread.text();
        for (String payload : XssPayloads.ALL) {
            assertThat(text).contains(payload.replace("\n", " ").strip().split("\\s+")[0]);
        }
    }
}
