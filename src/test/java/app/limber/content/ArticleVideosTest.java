package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Videos placed in an article's text. */
@Import(TestAccounts.class)
class ArticleVideosTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    SignedInPerson maya;
    long publicVideo;
    long membersVideo;

    @BeforeEach
    void instructorWithTwoVideos() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(maya);
        publicVideo = videos.createLink("https://www.youtube.com/watch?v=abcdefghijk", "Point and flex");
        membersVideo = videos.createLink("https://vimeo.com/123456789", "Toe stretch, members");
        VideoDraft members = videos.load(membersVideo).orElseThrow();
        members.setVisibility(Visibility.MEMBERS);
        videos.save(members);
    }

    private ArticleDraft publishedWithBody(String body) {
        ArticleDraft draft = articles.load(articles.createDraft("Feet first")).orElseThrow();
        draft.setBody(body);
        ArticleDraft saved = articles.save(draft);
        return articles.publishNow(saved.getId(), saved.getVersion());
    }

    @Test
    void readersGetTheVideosPlacedInTheTextThatTheyMayWatch() {
        ArticleDraft article = publishedWithBody("Watch this:\n\n" + VideoEmbeds.placeholder(publicVideo)
                + "\n\nMembers also get:\n\n" + VideoEmbeds.placeholder(membersVideo));

        assertThat(articles.findLive(article.getSlug(), false).orElseThrow().videos()).containsOnlyKeys(publicVideo);
        assertThat(articles.findLive(article.getSlug(), true).orElseThrow().videos())
                .containsOnlyKeys(publicVideo, membersVideo);
        assertThat(articles.findLive(article.getSlug(), false).orElseThrow().videos().get(publicVideo).embedUrl())
                .startsWith("https://www.youtube-nocookie.com/embed/abcdefghijk");
    }

    @Test
    void anotherInstructorsOrAnUnknownVideoCannotBePlaced() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        ArticleDraft draft = articles.load(articles.createDraft("Borrowed")).orElseThrow();
        draft.setBody(VideoEmbeds.placeholder(publicVideo));
        assertThatThrownBy(() -> articles.save(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to another instructor");

        draft.setBody(VideoEmbeds.placeholder(999_999));
        assertThatThrownBy(() -> articles.save(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doesn't exist");

        actAs(accounts.create(Set.of(Role.ADMIN)));
        ArticleDraft byAdmin = articles.load(articles.createDraft("Admin's pick")).orElseThrow();
        byAdmin.setBody(VideoEmbeds.placeholder(publicVideo));
        assertThat(articles.save(byAdmin).getBody()).contains(VideoEmbeds.placeholder(publicVideo));
    }

    @Test
    void thePageLoadsAllItsVideosInOneQuery() {
        ArticleDraft article = publishedWithBody(VideoEmbeds.placeholder(publicVideo) + "\n\n"
                + VideoEmbeds.placeholder(membersVideo));
        long withVideos = statementsDuring(() -> articles.findLive(article.getSlug(), true).orElseThrow());
        ArticleDraft plain = publishedWithBody("No videos here.");
        long withoutVideos = statementsDuring(() -> articles.findLive(plain.getSlug(), true).orElseThrow());
        assertThat(withVideos - withoutVideos).isEqualTo(1);
    }
}
