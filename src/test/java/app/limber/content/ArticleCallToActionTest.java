package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import app.limber.program.ProgramDraft;
import app.limber.site.PublicContentFixtures;
import app.limber.site.PublicContentFixtures.State;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** An article's call to action: one published or scheduled program, shown to readers while it is live. */
@Import({TestAccounts.class, PublicContentFixtures.class})
class ArticleCallToActionTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublicContentFixtures fixtures;

    ProgramDraft published;
    ProgramDraft scheduled;
    ProgramDraft draftProgram;
    ArticleDraft article;

    @BeforeEach
    void programsInEveryState() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        long routine = fixtures.routine("Toe stretch", State.PUBLISHED, Visibility.PUBLIC).getId();
        published = fixtures.program("Back on Track", State.PUBLISHED, routine, 30);
        scheduled = fixtures.program("Autumn Feet", State.SCHEDULED_LATER, routine, 14);
        draftProgram = fixtures.program("Half-baked plan", State.DRAFT, routine, 14);
        fixtures.program("Old plan", State.ARCHIVED, routine, 14);
        article = fixtures.article("Toes first", State.PUBLISHED, Visibility.PUBLIC);
    }

    private ArticleDraft withCallToAction(ProgramDraft program) {
        ArticleDraft draft = articles.load(article.getId()).orElseThrow();
        draft.setCallToAction(new ProgramOffer(program.getId(), program.getTitle(), program.getSlug()));
        return articles.save(draft);
    }

    @Test
    void theEditorOffersOnlyPublishedAndScheduledProgramsAndNoneByDefault() {
        assertThat(articles.callToActionChoices()).extracting(ProgramOffer::title)
                .containsExactly("Autumn Feet", "Back on Track");
        assertThat(articles.load(article.getId()).orElseThrow().getCallToAction()).isNull();
        assertThat(articles.findLive("toes-first", false).orElseThrow().callToAction()).isNull();
    }

    @Test
    void aPublishedProgramIsKeptAndShownToReaders() {
        withCallToAction(published);

        assertThat(articles.load(article.getId()).orElseThrow().getCallToAction())
                .isEqualTo(new ProgramOffer(published.getId(), "Back on Track", "back-on-track"));
        assertThat(articles.findLive("toes-first", false).orElseThrow().callToAction())
                .extracting(ProgramOffer::slug).isEqualTo("back-on-track");
    }

    @Test
    void aScheduledProgramShowsInThePreviewButNotToReadersUntilItIsLive() {
        withCallToAction(scheduled);

        assertThat(articles.preview(article.getId()).orElseThrow().callToAction())
                .extracting(ProgramOffer::title).isEqualTo("Autumn Feet");
        assertThat(articles.findLive("toes-first", true).orElseThrow().callToAction()).isNull();
    }

    @Test
    void aDraftProgramIsRefusedAndTheArticleKeepsWhatItHad() {
        withCallToAction(published);
        ArticleDraft draft = articles.load(article.getId()).orElseThrow();
        draft.setExcerpt("Changed words");
        draft.setCallToAction(new ProgramOffer(draftProgram.getId(), "Half-baked plan", draftProgram.getSlug()));

        assertThatThrownBy(() -> articles.save(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no longer published or scheduled");
        ArticleDraft stored = articles.load(article.getId()).orElseThrow();
        assertThat(stored.getCallToAction()).extracting(ProgramOffer::title).isEqualTo("Back on Track");
        assertThat(stored.getExcerpt()).isEqualTo("Summary of Toes first");
    }
}
