package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo coach gets three published articles that link the demo routines, once. */
@TestPropertySource(properties = "limber.demo=true")
class DemoArticlesTest extends IntegrationTest {

    @Autowired
    DemoRoutines demoRoutines;

    @Autowired
    DemoArticles demoArticles;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    @Test
    void theDemoCoachGetsThreePublishedArticlesLinkingTheDemoRoutinesOnce() throws Exception {
        context.getBean("demoAccounts", ApplicationRunner.class).run(null);
        demoRoutines.run(null);
        demoArticles.run(null);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("no caller left behind").isNull();

        assertThat(articles.latestLive(10, true)).hasSize(3).allSatisfy(card -> {
            assertThat(card.excerpt()).isNotBlank();
            ArticlePage page = articles.findLive(card.slug(), true).orElseThrow();
            assertThat(page.tags()).isNotEmpty();
            assertThat(page.routines()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(articles.tagPage("ankle-mobility", false).orElseThrow().articles()).isNotEmpty();
        assertThat(articles.latestLive(10, false)).filteredOn(card -> card.title().equals("Ankles that land soft"))
                .singleElement().satisfies(card -> assertThat(articles.findLive(card.slug(), false).orElseThrow()
                        .videos().values()).extracting(VideoPlayback::title)
                        .containsExactly(DemoVideos.POINT_AND_FLEX));

        demoArticles.run(null);
        actAs((SignedInPerson) userDetails.loadUserByUsername(DemoRoutines.COACH_EMAIL));
        assertThat(articles.count(ArticleFilter.none())).as("nothing new the second time").isEqualTo(3);
    }
}
