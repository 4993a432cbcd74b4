package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.VideoEmbeds;
import app.limber.content.VideoService;
import com.vaadin.flow.component.Component;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import app.limber.content.Visibility;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public article page, tag pages and the home page's lists, as readers see them. */
class ArticleViewTest extends UiTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    ArticleService articles;

    @Autowired
    RoutineService routines;

    @BeforeEach
    void anInstructor() {
        loginAs(accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)));
    }

    private RoutineDraft routine(String title, boolean publish, Visibility visibility) {
        RoutineDraft draft = routines.load(routines.createDraft(title)).orElseThrow();
        draft.setSummary("Kneel, tuck the toes, breathe " + SCRIPT);
        draft.setVisibility(visibility);
        draft.setTags(Set.of("Foot mobility"));
        RoutineDraft saved = routines.save(draft);
        return publish ? routines.publishNow(saved.getId(), saved.getVersion()) : saved;
    }

    private ArticleDraft article(String title, String excerpt, String body, Visibility visibility,
            RoutineDraft... linked) {
        ArticleDraft draft = articles.load(articles.createDraft(title)).orElseThrow();
        draft.setExcerpt(excerpt);
        draft.setBody(body);
        draft.setVisibility(visibility);
        draft.setTags(Set.of("Foot mobility"));
        draft.setRoutines(java.util.Arrays.stream(linked)
                .map(r -> new ArticleDraft.LinkedRoutine(r.getId(), r.getTitle())).toList());
        ArticleDraft saved = articles.save(draft);
        return articles.publishNow(saved.getId(), saved.getVersion());
    }

    /** A fresh page load of the home page (the test started on it, and navigating to the same view keeps it). */
    private void openHomePage() {
        UI.getCurrent().getPage().reload();
        navigateTo("");
    }

    private static List<String> hrefs(String cardClass) {
        return _find(Anchor.class, spec -> spec.withClasses(cardClass)).stream().map(Anchor::getHref).toList();
    }

    @Test
    void scriptInTitleExcerptAndMarkdownRendersAsInertText() {
        ArticleDraft article = article("Big toe " + SCRIPT, "Excerpt " + SCRIPT,
                "Breathe " + SCRIPT + "\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))", Visibility.PUBLIC);
        logout();

        navigateTo("articles/" + article.getSlug());

        assertThat(_get(H1.class).getText()).isEqualTo("Big toe " + SCRIPT);
        assertThat(_get(H1.class).getElement().getChildren()).as("title is text only").allMatch(Element::isTextNode);
        Paragraph lead = _get(Paragraph.class, spec -> spec.withClasses("lead"));
        assertThat(lead.getText()).isEqualTo("Excerpt " + SCRIPT);
        assertThat(lead.getElement().getChildren()).allMatch(Element::isTextNode);
        Document body = Jsoup.parseBodyFragment(_get(Html.class).getInnerHtml());
        assertThat(body.select("script, img, iframe")).isEmpty();
        assertThat(body.select("[onerror], [onload], a[href^=javascript]")).isEmpty();
        assertThat(body.text()).contains("Breathe " + SCRIPT);
    }

    @Test
    void articlePageShowsAuthorTagLinksAndOnlyTheLinkedRoutinesTheReaderMayOpen() {
        RoutineDraft live = routine("Post-run toe stretch", true, Visibility.PUBLIC);
        RoutineDraft unpublished = routine("Unfinished flow", false, Visibility.PUBLIC);
        RoutineDraft members = routine("Runner's sun salutation", true, Visibility.MEMBERS);
        ArticleDraft article = article("Why your big toe matters", "", "Text", Visibility.PUBLIC,
                members, unpublished, live);
        logout();

        navigateTo("articles/" + article.getSlug());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("byline")).getText()).startsWith("By Maya Lindqvist · ");
        assertThat(_get(Anchor.class, spec -> spec.withText("#Foot mobility")).getHref()).isEqualTo("tags/foot-mobility");
        assertThat(hrefs("routine-card")).containsExactly("routines/" + live.getSlug());
        assertThat(_get(H3.class, spec -> spec.withText("Post-run toe stretch")).getElement().getChildren())
                .allMatch(Element::isTextNode);

        loginAs(Role.RUNNER);
        navigateTo("articles/" + article.getSlug());
        assertThat(hrefs("routine-card")).containsExactly("routines/" + members.getSlug(), "routines/" + live.getSlug());
    }

    @Test
    void membersOnlyAndUnknownArticlesShowAFriendlyNotFound() {
        ArticleDraft article = article("For members", "", "", Visibility.MEMBERS);
        logout();

        navigateTo("articles/" + article.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that article");
        navigateTo("articles/no-such-article");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that article");

        loginAs(Role.RUNNER);
        navigateTo("articles/" + article.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("For members");
    }

    @Test
    void homePageListsLatestLiveArticlesAndRoutinesVisibleToTheReader() {
        ArticleDraft publicArticle = article("Ankles that land soft " + SCRIPT, "Mid-foot first.", "", Visibility.PUBLIC);
        ArticleDraft membersArticle = article("Members' notes", "", "", Visibility.MEMBERS);
        articles.createDraft("Draft article");
        RoutineDraft publicRoutine = routine("Post-run toe stretch", true, Visibility.PUBLIC);
        routine("Unfinished flow", false, Visibility.PUBLIC);
        logout();

        openHomePage();
        assertThat(hrefs("article-card")).containsExactly("articles/" + publicArticle.getSlug());
        assertThat(hrefs("routine-card")).containsExactly("routines/" + publicRoutine.getSlug());
        assertThat(_find(H3.class)).allSatisfy(h3 -> assertThat(h3.getElement().getChildren())
                .allMatch(Element::isTextNode));
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Ankles that land soft " + SCRIPT);

        loginAs(Role.RUNNER);
        openHomePage();
        assertThat(hrefs("article-card")).containsExactlyInAnyOrder("articles/" + publicArticle.getSlug(),
                "articles/" + membersArticle.getSlug());
    }

    @Test
    void homePageWithNothingPublishedShowsNoEmptyLists() {
        logout();
        openHomePage();
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h2 -> h2.getText())
                .doesNotContain("Latest articles", "Routines to try");
    }

    @Test
    void tagPageListsLiveArticlesAndRoutinesWithTheTag() {
        ArticleDraft tagged = article("Why your big toe matters", "", "", Visibility.PUBLIC);
        RoutineDraft live = routine("Post-run toe stretch", true, Visibility.PUBLIC);
        routine("Members' flow", true, Visibility.MEMBERS);
        routine("Unfinished flow", false, Visibility.PUBLIC);
        logout();

        navigateTo("tags/foot-mobility");
        assertThat(_get(H1.class).getText()).isEqualTo("#Foot mobility");
        assertThat(hrefs("article-card")).containsExactly("articles/" + tagged.getSlug());
        assertThat(hrefs("routine-card")).containsExactly("routines/" + live.getSlug());

        navigateTo("tags/no-such-tag");
        assertThat(_get(H1.class).getText()).isEqualTo("We couldn't find that tag");
    }

    @Test
    void aVideoPlacedInTheTextPlaysBetweenItsParagraphs(@Autowired VideoService videos) {
        long video = videos.createLink("https://youtu.be/abcdefghijk", "Seated point and flex");
        ArticleDraft published = article("Feet first", "", "Before the video.\n\n" + VideoEmbeds.placeholder(video)
                + "\n\nAfter the video.", Visibility.PUBLIC);
        logout();

        navigateTo("articles/" + published.getSlug());

        VideoPlayer player = _get(VideoPlayer.class);
        assertThat(player.source()).startsWith("https://www.youtube-nocookie.com/embed/abcdefghijk");
        List<Component> order = player.getParent().orElseThrow().getChildren().toList();
        int at = order.indexOf(player);
        assertThat(order.get(at - 1).getElement().getProperty("innerHTML")).contains("Before the video.");
        assertThat(order.get(at + 1).getElement().getProperty("innerHTML")).contains("After the video.")
                .doesNotContain("[[video:");
    }
}
