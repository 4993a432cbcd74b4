package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Covers and step pictures in page sizes: made once and stored, cached by browsers for a year, shared caches only
 * for items everyone may see, and only for callers who may see the item.
 */
@Import(TestAccounts.class)
class PictureSizesTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleCovers covers;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext web;

    SignedInPerson maya;
    MockMvc http;

    @BeforeEach
    void signedInInstructor() {
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        actAs(maya);
    }

    static byte[] picture(int width, int height, String format) {
        return app.limber.TestPictures.picture(width, height, format);
    }

    private long publishedArticleWithCover(Visibility visibility, byte[] cover) {
        long id = articles.createDraft("Feet first " + visibility);
        long imageId = covers.upload(id, new ByteArrayInputStream(cover));
        ArticleDraft draft = articles.load(id).orElseThrow();
        draft.setCoverImageId(imageId);
        draft.setVisibility(visibility);
        ArticleDraft saved = articles.save(draft);
        articles.publishNow(saved.getId(), saved.getVersion());
        return imageId;
    }

    private MockHttpServletResponse fetchAnonymously(String url) throws Exception {
        SecurityContextHolder.clearContext();
        MockHttpServletResponse response = http.perform(get(url)).andReturn().getResponse();
        actAs(maya);
        return response;
    }

    private static BufferedImage decoded(MockHttpServletResponse response) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    void aPublicCoverComesInCardAndShareSizesCachedForAYearAndIsMadeOnlyOnce() throws Exception {
        long imageId = publishedArticleWithCover(Visibility.PUBLIC, picture(2000, 1000, "jpeg"));
        String url = ArticleCovers.url(imageId);

        MockHttpServletResponse card = fetchAnonymously(PictureSize.CARD.urlOf(url));
        assertThat(card.getStatus()).isEqualTo(200);
        assertThat(card.getContentType()).isEqualTo("image/jpeg");
        assertThat(decoded(card).getWidth()).isEqualTo(480);
        assertThat(decoded(card).getHeight()).isEqualTo(240);
        assertThat(card.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(card.getHeader("ETag")).isNotBlank();
        assertThat(card.getHeader("Set-Cookie")).isNull();

        MockHttpServletResponse share = fetchAnonymously(PictureSize.SHARE.urlOf(url));
        assertThat(decoded(share).getWidth()).isEqualTo(1200);
        assertThat(decoded(share).getHeight()).isEqualTo(630);
        assertThat(decoded(fetchAnonymously(PictureSize.WIDE.urlOf(url))).getWidth()).isEqualTo(960);

        MockHttpServletResponse again = fetchAnonymously(PictureSize.CARD.urlOf(url));
        assertThat(again.getContentAsByteArray()).isEqualTo(card.getContentAsByteArray());
        assertThat(again.getHeader("ETag")).isEqualTo(card.getHeader("ETag"));
        assertThat(jdbc.queryForObject("select count(*) from picture_renditions", Long.class))
                .as("one stored file per size").isEqualTo(3);
        assertThat(fetchAnonymously(url + "/huge").getStatus()).isEqualTo(404);
    }

    @Test
    void aLiveMembersOnlyArticlesCoverIsPartOfItsPublicTeaserInEverySize() throws Exception {
        long imageId = publishedArticleWithCover(Visibility.MEMBERS, picture(1000, 800, "jpeg"));
        String card = PictureSize.CARD.urlOf(ArticleCovers.url(imageId));

        MockHttpServletResponse visitor = fetchAnonymously(card);
        assertThat(visitor.getStatus()).isEqualTo(200);
        assertThat(visitor.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(fetchAnonymously(ArticleCovers.url(imageId)).getStatus()).isEqualTo(200);
    }

    @Test
    void aLiveMembersOnlyRoutineShowsVisitorsItsCoverButNotItsStepPictures() throws Exception {
        RoutineDraft draft = routines.load(routines.createDraft("Members' hips")).orElseThrow();
        long cover = routines.uploadImage(draft.getId(), "cover.jpg", new ByteArrayInputStream(picture(800, 600, "jpeg")));
        long stepPicture = routines.uploadImage(draft.getId(), "step.jpg",
                new ByteArrayInputStream(picture(800, 600, "jpeg")));
        draft.setCoverImageId(cover);
        draft.setVisibility(Visibility.MEMBERS);
        StepDraft step = new StepDraft();
        step.setName("Lizard");
        step.setCue("Low lunge, hands inside the front foot.");
        step.setMeasure(StepDraft.Measure.SECONDS);
        step.setAmount(45);
        step.setImageId(stepPicture);
        draft.setSteps(java.util.List.of(step));
        RoutineDraft saved = routines.save(draft);
        routines.publishNow(saved.getId(), saved.getVersion());

        assertThat(fetchAnonymously(RoutineService.imageUrl(cover)).getStatus()).isEqualTo(200);
        MockHttpServletResponse card = fetchAnonymously(PictureSize.CARD.urlOf(RoutineService.imageUrl(cover)));
        assertThat(card.getStatus()).isEqualTo(200);
        assertThat(card.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(fetchAnonymously(RoutineService.imageUrl(stepPicture)).getStatus()).isNotEqualTo(200);
        assertThat(fetchAnonymously(PictureSize.CARD.urlOf(RoutineService.imageUrl(stepPicture))).getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void aDraftRoutinesCoverStaysPrivate() throws Exception {
        RoutineDraft draft = routines.load(routines.createDraft("Not yet either")).orElseThrow();
        long cover = routines.uploadImage(draft.getId(), "cover.jpg", new ByteArrayInputStream(picture(800, 600, "jpeg")));
        draft.setCoverImageId(cover);
        draft.setVisibility(Visibility.MEMBERS);
        routines.save(draft);

        assertThat(fetchAnonymously(RoutineService.imageUrl(cover)).getStatus()).isNotEqualTo(200);
        assertThat(fetchAnonymously(PictureSize.CARD.urlOf(RoutineService.imageUrl(cover))).getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void aDraftsCoverIsNotServedInAnySize() throws Exception {
        long id = articles.createDraft("Not yet");
        long imageId = covers.upload(id, new ByteArrayInputStream(picture(800, 600, "jpeg")));

        assertThat(fetchAnonymously(PictureSize.SHARE.urlOf(ArticleCovers.url(imageId))).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from picture_renditions", Long.class)).isZero();
    }

    @Test
    void aPngStepPictureStaysAPngAndItsSizesGoWhenThePictureIsReplaced() throws Exception {
        RoutineDraft draft = routines.load(routines.createDraft("Toe stretch")).orElseThrow();
        long first = routines.uploadImage(draft.getId(), "toes.png", new ByteArrayInputStream(picture(640, 480, "png")));
        draft.setCoverImageId(first);
        RoutineDraft stored = routines.save(draft);
        RoutineDraft saved = routines.publishNow(stored.getId(), stored.getVersion());

        MockHttpServletResponse card = fetchAnonymously(PictureSize.CARD.urlOf(RoutineService.imageUrl(first)));
        assertThat(card.getContentType()).isEqualTo("image/png");
        assertThat(decoded(card).getWidth()).isEqualTo(480);
        assertThat(decoded(card).getColorModel().hasAlpha()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from picture_renditions", Long.class)).isEqualTo(1);

        long second = routines.uploadImage(saved.getId(), "new.png", new ByteArrayInputStream(picture(300, 300, "png")));
        RoutineDraft replaced = routines.load(saved.getId()).orElseThrow();
        replaced.setCoverImageId(second);
        routines.save(replaced);

        assertThat(jdbc.queryForObject("select count(*) from picture_renditions", Long.class)).isZero();
    }
}
