package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An article's cover picture: uploaded by its author, shown on the page, served only while readers may see it. */
@Import(TestAccounts.class)
class ArticleCoverTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleCovers covers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext web;

    SignedInPerson maya;
    long articleId;

    @BeforeEach
    void draftArticle() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(maya);
        articleId = articles.createDraft("Feet first");
    }

    private long upload(byte[] bytes) {
        return covers.upload(articleId, new ByteArrayInputStream(bytes));
    }

    private MockHttpServletResponse fetchAnonymously(String url) throws Exception {
        SecurityContextHolder.clearContext();
        var http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpServletResponse response = http.perform(get(url)).andReturn().getResponse();
        actAs(maya);
        return response;
    }

    @Test
    void theCoverShowsOnThePageAndIsServedOnceTheArticleIsLive() throws Exception {
        long cover = upload(VideoFixtures.png(2_000));
        ArticleDraft draft = articles.load(articleId).orElseThrow();
        draft.setCoverImageId(cover);
        ArticleDraft saved = articles.save(draft);
        String url = ArticleCovers.url(cover);

        assertThat(fetchAnonymously(url).getStatus()).as("draft article: not yet").isEqualTo(404);

        articles.publishNow(saved.getId(), saved.getVersion());
        assertThat(articles.findLive(saved.getSlug(), false).orElseThrow().coverImageUrl()).isEqualTo(url);
        MockHttpServletResponse image = fetchAnonymously(url);
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).hasSize(2_000);
    }

    @Test
    void onlyPicturesOfTheRightTypeSizeAndArticleAreAccepted() {
        assertThatThrownBy(() -> upload(VideoFixtures.text("not a picture"))).isInstanceOf(UploadRejectedException.class);
        assertThatThrownBy(() -> upload(VideoFixtures.png((int) covers.maxBytes() + 1)))
                .isInstanceOf(UploadRejectedException.class);

        long otherArticle = articles.createDraft("Another");
        long foreign = covers.upload(otherArticle, new ByteArrayInputStream(VideoFixtures.png(500)));
        ArticleDraft draft = articles.load(articleId).orElseThrow();
        draft.setCoverImageId(foreign);
        assertThatThrownBy(() -> articles.save(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doesn't belong to this article");

        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> upload(VideoFixtures.png(500))).isInstanceOf(AccessDeniedException.class);
    }
}
