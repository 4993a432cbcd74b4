package app.limber.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.WebClient;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.community.CommentFixtures;
import app.limber.content.ArticleDraft;
import app.limber.settings.SiteSettingsService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What a public page says about its freshness, over real HTTP: Last-Modified is when its content changed (the article,
 * its newest published comment, the site settings), not when it was first served, and conditional requests with
 * If-Modified-Since get 304 until then; a visitor's page is kept in memory, and any change shows at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, CommentFixtures.class})
class PageFreshnessTest extends IntegrationTest {

    static final Instant WRITTEN = Instant.parse("2026-03-02T08:00:00.400Z");

    @LocalServerPort
    int port;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SiteSettingsService settingsService;

    SignedInPerson coach;
    ArticleDraft article;
    WebClient visitor;

    @BeforeEach
    void anArticleWrittenAtEight() {
        clock.set(WRITTEN);
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Your big toe starts every stride");
        jdbc.update("update people set notify_new_comments = false"); // no SMTP server here
        visitor = new WebClient(port);
    }

    private String path() {
        return "/articles/" + article.getSlug();
    }

    private static Instant lastModified(HttpResponse<String> page) {
        return ZonedDateTime.parse(page.headers().firstValue("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    @Test
    void lastModifiedIsWhenTheArticleChangedNotWhenThePageWasFirstServed() {
        clock.advance(Duration.ofHours(3));

        assertThat(lastModified(visitor.get(path()))).isEqualTo(WRITTEN.truncatedTo(ChronoUnit.SECONDS));
        clock.advance(Duration.ofMinutes(5));
        assertThat(lastModified(visitor.get(path()))).as("rendered again later")
                .isEqualTo(WRITTEN.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aNewPublishedCommentShowsAtOnceAndMovesLastModified() {
        clock.advance(Duration.ofHours(3));
        HttpResponse<String> before = visitor.get(path());

        fixtures.as(coach, () -> fixtures.post(article.getId(), null, "", "", "", "Ten breaths, then stand.",
                "192.0.2.1"));
        HttpResponse<String> after = visitor.get(path());
        Instant commented = jdbc.queryForObject("select created_at from comments", java.sql.Timestamp.class)
                .toInstant();

        assertThat(Jsoup.parse(after.body()).select(".comment-text").eachText())
                .containsExactly("Ten breaths, then stand.");
        assertThat(commented).isAfter(WRITTEN.plus(Duration.ofHours(3)));
        assertThat(lastModified(after)).isEqualTo(commented.truncatedTo(ChronoUnit.SECONDS));
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
    }

    @Test
    void ifModifiedSinceIsAnsweredNotModifiedUntilWhatThePageShowsChanges() {
        clock.advance(Duration.ofHours(1));
        String lastModified = visitor.get(path()).headers().firstValue("Last-Modified").orElseThrow();

        assertThat(visitor.get(path(), "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(visitor.get(path(), "If-Modified-Since", httpDate(WRITTEN.minus(Duration.ofMinutes(1))))
                .statusCode()).as("a copy from before the article was written").isEqualTo(200);

        fixtures.asVisitor(article.getId(), "Sam Rivera", "sam@example.test", "", "First time");
        assertThat(visitor.get(path(), "If-Modified-Since", lastModified).statusCode())
                .as("a comment held for moderation shows nowhere yet").isEqualTo(304);

        clock.advance(Duration.ofMinutes(1));
        fixtures.settings(settings -> settings.withSiteName("Maya's Running Yoga"));
        HttpResponse<String> renamed = visitor.get(path(), "If-Modified-Since", lastModified);
        assertThat(renamed.statusCode()).as("the site's name is on the page").isEqualTo(200);
        assertThat(Jsoup.parse(renamed.body()).select(".site-name").text()).isEqualTo("Maya's Running Yoga");
    }

    @Test
    void aSiteNameChangedOnAnotherNodeShowsOnAKeptPageOnceThisNodeRereadsTheSettings() {
        assertThat(Jsoup.parse(visitor.get(path()).body()).select(".site-name").text()).isEqualTo("Limber");

        // Another node saved the settings: the row changed, and nothing on this node heard of it.
        jdbc.update("""
                insert into site_settings (id, site_name, updated_at) values (1, ?, ?)
                on conflict (id) do update set site_name = excluded.site_name, updated_at = excluded.updated_at""",
                "Maya's Running Yoga", java.sql.Timestamp.from(WRITTEN.plus(Duration.ofHours(2))));
        settingsService.forgetCached(); // what half a second does: the next read goes to the database

        assertThat(Jsoup.parse(visitor.get(path()).body()).select(".site-name").text())
                .as("the kept page was rendered with the old settings").isEqualTo("Maya's Running Yoga");
    }

    @Test
    void aVisitorsRepeatedRequestIsAnsweredFromMemoryWithoutAStatement() {
        HttpResponse<String> first = visitor.get(path());

        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        long statements = statementsDuring(() -> answer.set(visitor.get(path())));
        HttpResponse<String> again = answer.get();

        assertThat(statements).isZero();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(again.headers().firstValue("Last-Modified")).isEqualTo(first.headers().firstValue("Last-Modified"));
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=60, public, stale-while-revalidate=600");
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
