package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class ArticleServiceTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    SignedInPerson maya;
    SignedInPerson other;
    SignedInPerson admin;
    SignedInPerson runner;

    @BeforeEach
    void people() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        other = accounts.create(Set.of(Role.INSTRUCTOR));
        admin = accounts.create(Set.of(Role.ADMIN));
        runner = accounts.create(Set.of(Role.RUNNER));
    }

    private ArticleDraft toesArticleBy(SignedInPerson author, String... tags) {
        actAs(author);
        ArticleDraft draft = articles.load(articles.createDraft("Why your big toe matters")).orElseThrow();
        draft.setExcerpt("The push-off starts at the big toe.");
        draft.setBody("The big toe has to **extend** before you push off.");
        draft.setTags(Set.of(tags));
        return articles.save(draft);
    }

    private ArticleDraft withRoutines(ArticleDraft draft, RoutineDraft... linked) {
        draft.setRoutines(java.util.Arrays.stream(linked)
                .map(r -> new ArticleDraft.LinkedRoutine(r.getId(), r.getTitle())).toList());
        return articles.save(draft);
    }

    private ArticleDraft publish(ArticleDraft draft) {
        return articles.publishNow(draft.getId(), draft.getVersion());
    }

    private RoutineDraft routineBy(SignedInPerson author, String title, boolean publish, Visibility visibility,
            String... tags) {
        actAs(author);
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        draft.setSummary("Summary of " + title);
        draft.setVisibility(visibility);
        draft.setTags(Set.of(tags));
        RoutineDraft saved = routines.save(draft);
        return publish ? routines.publishNow(saved.getId(), saved.getVersion()) : saved;
    }

    @Test
    void savedArticleKeepsItsTextTagsAndLinkedRoutinesInOrder() {
        RoutineDraft stretch = routineBy(maya, "Post-run toe stretch", true, Visibility.PUBLIC);
        RoutineDraft ankle = routineBy(maya, "Seated point and flex", true, Visibility.PUBLIC);
        ArticleDraft saved = withRoutines(toesArticleBy(maya, "Foot mobility", "Natural running form"), ankle, stretch);

        ArticleDraft loaded = articles.load(saved.getId()).orElseThrow();
        assertThat(loaded.getSlug()).isEqualTo("why-your-big-toe-matters");
        assertThat(loaded.getTags()).containsExactlyInAnyOrder("Foot mobility", "Natural running form");
        assertThat(loaded.getRoutines()).extracting(ArticleDraft.LinkedRoutine::title)
                .containsExactly("Seated point and flex", "Post-run toe stretch");

        loaded.setRoutines(List.of(loaded.getRoutines().get(1), loaded.getRoutines().get(0)));
        ArticleDraft reordered = articles.save(loaded);
        assertThat(reordered.getRoutines()).extracting(ArticleDraft.LinkedRoutine::title)
                .containsExactly("Post-run toe stretch", "Seated point and flex");
    }

    @Test
    void controlCharactersInAnArticleAreRemovedWhenItIsStored() {
        actAs(maya);
        ArticleDraft draft = articles.load(articles.createDraft("Toes\u0000 first")).orElseThrow();
        draft.setBody("Kneel\u0000, tuck the toes under\u001b.");
        articles.save(draft);

        assertThat(jdbc.queryForMap("select title, body from articles where id = ?", draft.getId()))
                .containsEntry("title", "Toes first").containsEntry("body", "Kneel, tuck the toes under.");
    }

    @Test
    void slugsAreUniqueFollowTheTitleWhileADraftAndSurviveATitleChangeOnceScheduled() {
        ArticleDraft first = toesArticleBy(maya);
        ArticleDraft second = toesArticleBy(maya);
        assertThat(second.getSlug()).isEqualTo("why-your-big-toe-matters-2");

        first.setTitle("The big toe and the push-off");
        ArticleDraft renamed = articles.save(first);
        assertThat(renamed.getSlug()).isEqualTo("the-big-toe-and-the-push-off");

        ArticleDraft scheduled = articles.schedule(renamed.getId(), renamed.getVersion(),
                clock.instant().plusSeconds(3600));
        scheduled.setTitle("Push off from the big toe");
        assertThat(articles.save(scheduled).getSlug()).isEqualTo("the-big-toe-and-the-push-off");
    }

    @Test
    void secondSaveOfAStaleArticleIsRejectedAndTheInputIsKept() {
        ArticleDraft saved = toesArticleBy(maya);
        ArticleDraft firstTab = articles.load(saved.getId()).orElseThrow();
        ArticleDraft secondTab = articles.load(saved.getId()).orElseThrow();

        firstTab.setExcerpt("First editor's words");
        articles.save(firstTab);
        secondTab.setExcerpt("Second editor's words");

        assertThatThrownBy(() -> articles.save(secondTab)).isInstanceOf(ChangedBySomeoneElseException.class);
        assertThat(secondTab.getExcerpt()).isEqualTo("Second editor's words");
        assertThat(articles.load(saved.getId()).orElseThrow().getExcerpt()).isEqualTo("First editor's words");
    }

    @Test
    void invalidDraftIsRefusedAndNothingIsSaved() {
        ArticleDraft draft = toesArticleBy(maya);
        draft.setTitle(" ");
        draft.setExcerpt("x".repeat(ArticleDraft.EXCERPT_MAX + 1));

        assertThatThrownBy(() -> articles.save(draft)).isInstanceOf(ConstraintViolationException.class);
        assertThat(articles.load(draft.getId()).orElseThrow().getTitle()).isEqualTo("Why your big toe matters");
    }

    @Test
    void instructorsChangeOnlyTheirOwnArticlesAdminsAny() {
        ArticleDraft mine = toesArticleBy(maya);

        actAs(other);
        assertThatThrownBy(() -> articles.load(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.save(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.publishNow(mine.getId(), mine.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.preview(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(articles.count(ArticleFilter.none())).isZero();

        actAs(admin);
        assertThat(articles.publishNow(mine.getId(), mine.getVersion()).getStatus())
                .isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(articles.count(ArticleFilter.none())).isEqualTo(1);
    }

    @Test
    void runnersCannotUseTheStudio() {
        actAs(runner);
        assertThatThrownBy(() -> articles.createDraft("Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.count(ArticleFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.load(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInstructorCannotLinkAnotherInstructorsRoutine() {
        RoutineDraft theirs = routineBy(other, "Their routine", true, Visibility.PUBLIC);
        ArticleDraft mine = toesArticleBy(maya);

        assertThatThrownBy(() -> withRoutines(mine, theirs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("your own routines");
        assertThat(articles.load(mine.getId()).orElseThrow().getRoutines()).isEmpty();
    }

    @Test
    void onlyLiveArticlesAreVisibleAndMembersOnlyNeedsASignIn() {
        ArticleDraft draft = toesArticleBy(maya);
        assertThat(articles.findLive(draft.getSlug(), true)).as("draft").isEmpty();

        ArticleDraft published = publish(draft);
        assertThat(articles.findLive(draft.getSlug(), false)).hasValueSatisfying(page -> {
            assertThat(page.title()).isEqualTo("Why your big toe matters");
            assertThat(page.authorName()).isEqualTo("Maya Lindqvist");
            assertThat(page.bodyHtml()).contains("<strong>extend</strong>");
            assertThat(page.publishedAt()).isNotNull();
        });

        ArticleDraft membersOnly = articles.load(published.getId()).orElseThrow();
        membersOnly.setVisibility(Visibility.MEMBERS);
        ArticleDraft saved = articles.save(membersOnly);
        assertThat(articles.findLive(draft.getSlug(), false)).isEmpty();
        assertThat(articles.latestLive(5, false)).isEmpty();
        assertThat(articles.findLive(draft.getSlug(), true)).isPresent();
        assertThat(articles.latestLive(5, true)).extracting(ArticleCard::title)
                .containsExactly("Why your big toe matters");

        articles.archive(saved.getId(), saved.getVersion());
        assertThat(articles.findLive(draft.getSlug(), true)).isEmpty();
        assertThat(articles.latestLive(5, true)).isEmpty();
    }

    @Test
    void scheduledArticleAppearsWhenItsTimeComes() {
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        clock.set(nine.minus(Duration.ofHours(2)));
        ArticleDraft draft = toesArticleBy(maya, "Foot mobility");
        assertThatThrownBy(() -> articles.schedule(draft.getId(), draft.getVersion(), nine.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        articles.schedule(draft.getId(), draft.getVersion(), nine);

        clock.set(nine.minusSeconds(1));
        assertThat(articles.findLive(draft.getSlug(), false)).as("a second early").isEmpty();
        assertThat(articles.latestLive(5, false)).isEmpty();
        assertThat(articles.tagPage("foot-mobility", false).orElseThrow().articles()).isEmpty();

        clock.set(nine);
        assertThat(articles.findLive(draft.getSlug(), false)).as("on the minute").isPresent();
        assertThat(articles.latestLive(5, false)).extracting(ArticleCard::publishedAt).containsExactly(nine);
        assertThat(articles.tagPage("foot-mobility", false).orElseThrow().articles()).hasSize(1);
    }

    @Test
    void linkedRoutinesAreShownOnlyWhenLiveAndVisibleToTheReader() {
        RoutineDraft live = routineBy(maya, "Post-run toe stretch", true, Visibility.PUBLIC);
        RoutineDraft draftRoutine = routineBy(maya, "Unfinished flow", false, Visibility.PUBLIC);
        RoutineDraft membersRoutine = routineBy(maya, "Runner's sun salutation", true, Visibility.MEMBERS);
        ArticleDraft article = publish(withRoutines(toesArticleBy(maya), membersRoutine, draftRoutine, live));

        assertThat(articles.findLive(article.getSlug(), false).orElseThrow().routines())
                .extracting(RoutineCard::title).containsExactly("Post-run toe stretch");
        assertThat(articles.findLive(article.getSlug(), true).orElseThrow().routines())
                .extracting(RoutineCard::title).containsExactly("Runner's sun salutation", "Post-run toe stretch");

        actAs(maya);
        routines.publishNow(draftRoutine.getId(), draftRoutine.getVersion());
        assertThat(articles.findLive(article.getSlug(), false).orElseThrow().routines())
                .extracting(RoutineCard::title).containsExactly("Unfinished flow", "Post-run toe stretch");
    }

    @Test
    void tagPageListsLiveArticlesAndRoutinesWithTheTag() {
        publish(toesArticleBy(maya, "Ankle mobility"));
        toesArticleBy(maya, "Ankle mobility"); // a draft
        routineBy(maya, "Knee-to-wall ankle test", true, Visibility.PUBLIC, "Ankle mobility");
        routineBy(maya, "Ankle circles for members", true, Visibility.MEMBERS, "Ankle mobility");
        routineBy(maya, "Sun salutation", true, Visibility.PUBLIC, "Sun salutations");

        TagPage forVisitors = articles.tagPage("ankle-mobility", false).orElseThrow();
        assertThat(forVisitors.name()).isEqualTo("Ankle mobility");
        assertThat(forVisitors.articles()).extracting(ArticleCard::authorName).containsExactly("Maya Lindqvist");
        assertThat(forVisitors.routines()).extracting(RoutineCard::title).containsExactly("Knee-to-wall ankle test");
        assertThat(articles.tagPage("ankle-mobility", true).orElseThrow().routines()).hasSize(2);
        assertThat(articles.tagPage("no-such-tag", true)).isEmpty();
    }

    @Test
    void homePageListsTheNewestLiveRoutinesFirst() {
        clock.set(Instant.parse("2026-12-01T09:00:00Z"));
        routineBy(maya, "Older routine", true, Visibility.PUBLIC);
        clock.advance(Duration.ofHours(1));
        routineBy(maya, "Newer routine", true, Visibility.PUBLIC);
        routineBy(maya, "Not yet published", false, Visibility.PUBLIC);

        assertThat(routines.latestLive(5, false)).extracting(RoutineCard::title)
                .containsExactly("Newer routine", "Older routine");
        assertThat(routines.latestLive(1, false)).hasSize(1);
    }

    @Test
    void markdownWithScriptsIsRenderedInert() {
        ArticleDraft draft = toesArticleBy(maya);
        draft.setBody("Breathe <script>alert('x')</script>\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))");
        publish(articles.save(draft));

        Document body = Jsoup.parseBodyFragment(articles.findLive(draft.getSlug(), false).orElseThrow().bodyHtml());
        assertThat(body.select("script, img, iframe")).isEmpty();
        assertThat(body.select("[onerror], [onload], a[href^=javascript]")).isEmpty();
        assertThat(body.text()).contains("Breathe <script>alert('x')</script>");
    }

    @Test
    void listIsFilteredAndSortedInTheDatabase() {
        toesArticleBy(maya);
        ArticleDraft ankle = articles.load(articles.createDraft("Ankles that land soft")).orElseThrow();
        publish(ankle);

        assertThat(articles.list(new ArticleFilter("ANKLE", null), PageRequest.of(0, 10)))
                .extracting(ArticleSummary::title).containsExactly("Ankles that land soft");
        assertThat(articles.list(new ArticleFilter("", PublishingStatus.DRAFT), PageRequest.of(0, 10)))
                .extracting(ArticleSummary::title).containsExactly("Why your big toe matters");
        assertThat(articles.list(ArticleFilter.none(), PageRequest.of(0, 10, Sort.by("title"))))
                .extracting(ArticleSummary::title).containsExactly("Ankles that land soft", "Why your big toe matters");
        assertThat(articles.list(new ArticleFilter("100%_", null), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aPageOfTheStudioListIsOneQueryPlusOneCount() {
        for (int i = 0; i < 12; i++) {
            toesArticleBy(maya, "Foot mobility");
        }
        actAs(maya);
        long statements = statementsDuring(() -> {
            assertThat(articles.list(ArticleFilter.none(), PageRequest.of(0, 50))).hasSize(12);
            assertThat(articles.count(ArticleFilter.none())).isEqualTo(12);
        });
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void aPublicArticlePageLoadsInAFixedNumberOfQueries() {
        RoutineDraft[] linked = new RoutineDraft[5];
        for (int i = 0; i < linked.length; i++) {
            linked[i] = routineBy(maya, "Routine " + i, true, Visibility.PUBLIC, "Foot mobility", "Tag " + i);
        }
        ArticleDraft article = publish(withRoutines(
                toesArticleBy(maya, "Foot mobility", "Ankle mobility", "Sun salutations"), linked));

        long statements = statementsDuring(() -> {
            ArticlePage page = articles.findLive(article.getSlug(), false).orElseThrow();
            assertThat(page.routines()).hasSize(5);
            assertThat(page.tags()).hasSize(3);
        });
        // the article with its tags, the linked routine cards, the author's name
        assertThat(statements).isEqualTo(3);
    }

    @Test
    void theTagPageAndTheHomePageListsAreAFixedNumberOfQueries() {
        for (int i = 0; i < 4; i++) {
            publish(toesArticleBy(i % 2 == 0 ? maya : other, "Foot mobility"));
            routineBy(maya, "Routine " + i, true, Visibility.PUBLIC, "Foot mobility");
        }
        // the tag, its articles, their authors' names, its routines
        assertThat(statementsDuring(() -> assertThat(articles.tagPage("foot-mobility", false).orElseThrow()
                .articles()).hasSize(4))).isEqualTo(4);
        assertThat(statementsDuring(() -> {
            assertThat(articles.latestLive(6, false)).hasSize(4);
            assertThat(routines.latestLive(6, false)).hasSize(4);
        })).isEqualTo(3);
    }
}
