package app.limber.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleFilter;
import app.limber.content.ArticleService;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineFilter;
import app.limber.content.RoutineService;
import app.limber.content.RoutineSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ArticleEditorViewTest extends UiTest {

    @Autowired
    ArticleService articles;

    @Autowired
    RoutineService routines;

    @Autowired
    app.limber.program.ProgramService programs;

    SignedInPerson maya;
    long articleId;

    @BeforeEach
    void aDraftArticle() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        loginAs(maya);
        articleId = articles.createDraft("Why your big toe matters");
    }

    private RoutineSummary routine(String title) {
        routines.createDraft(title);
        return routines.list(new RoutineFilter(title, null), PageRequest.of(0, 1)).getFirst();
    }

    @SuppressWarnings("unchecked")
    private void pick(RoutineSummary routine) {
        _get(ComboBox.class, spec -> spec.withLabel("Add a routine")).setValue(routine);
    }

    private long articleCount() {
        return articles.count(new ArticleFilter("", null));
    }

    @Test
    void newArticleOpensAnUnsavedEditorAndLeavingItStoresNothing() {
        long before = articleCount();
        navigateTo("studio/articles");
        _click(_get(Button.class, spec -> spec.withText("New article")));

        assertThat(currentView()).isInstanceOf(NewArticleView.class);
        assertThat(currentPath()).isEqualTo("studio/articles/new");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Save first to add a cover picture.")).isVisible())
                .isTrue();
        assertThat(articleCount()).isEqualTo(before);

        navigateTo("studio/articles");
        assertThat(currentView()).isInstanceOf(ArticleListView.class);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void theFirstSaveOfANewArticleStoresItOnceAndMovesToItsAddress() {
        RoutineSummary stretch = routine("Post-run toe stretch");
        long before = articleCount();
        navigateTo("studio/articles/new");
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Cadence and your calves");
        _get(TextArea.class, spec -> spec.withLabel("Text")).setValue("Shorter steps, softer landings.");
        pick(stretch);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(articleCount()).isEqualTo(before + 1);
        assertThat(currentView()).isInstanceOf(ArticleEditorView.class);
        long id = Long.parseLong(currentPath().substring("studio/articles/".length()));
        ArticleDraft saved = articles.load(id).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Cadence and your calves");
        assertThat(saved.getBody()).isEqualTo("Shorter steps, softer landings.");
        assertThat(saved.getRoutines()).extracting(ArticleDraft.LinkedRoutine::id).containsExactly(stretch.id());

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(articleCount()).isEqualTo(before + 1);
    }

    @Test
    void aNewArticleWithoutATitleIsNotStored() {
        long before = articleCount();
        navigateTo("studio/articles/new");
        _get(TextArea.class, spec -> spec.withLabel("Text")).setValue("Shorter steps, softer landings.");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(currentView()).isInstanceOf(NewArticleView.class);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void instructorWritesAnArticleLinksRoutinesInOrderAndSaves() {
        RoutineSummary stretch = routine("Post-run toe stretch");
        RoutineSummary ankle = routine("Seated point and flex");
        navigateTo("studio/articles/" + articleId);

        _get(TextField.class, spec -> spec.withLabel("Tags")).setValue("Foot mobility, natural running form");
        _get(TextArea.class, spec -> spec.withLabel("Text")).setValue("The big toe **extends** first.");
        pick(stretch);
        pick(ankle);
        pick(stretch); // already linked: ignored
        _get(LinkedRoutinesEditor.class).move(1, -1);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved");
        ArticleDraft saved = articles.load(articleId).orElseThrow();
        assertThat(saved.getTags()).containsExactlyInAnyOrder("Foot mobility", "natural running form");
        assertThat(saved.getBody()).isEqualTo("The big toe **extends** first.");
        assertThat(saved.getRoutines()).extracting(ArticleDraft.LinkedRoutine::title)
                .containsExactly("Seated point and flex", "Post-run toe stretch");
    }

    @Test
    void anEmptyTitleIsShownNextToTheField() {
        navigateTo("studio/articles/" + articleId);
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the article a title");
        assertThat(articles.load(articleId).orElseThrow().getTitle()).isEqualTo("Why your big toe matters");
    }

    @Test
    void staleSaveIsRefusedAndTheInputStaysInTheForm() {
        navigateTo("studio/articles/" + articleId);
        ArticleDraft elsewhere = articles.load(articleId).orElseThrow();
        elsewhere.setExcerpt("Changed in another tab");
        articles.save(elsewhere);

        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("My better title");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications(
                "Someone else changed this in the meantime. Your changes are still here: reload to see theirs, "
                        + "or copy what you need first.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My better title");
        assertThat(articles.load(articleId).orElseThrow().getTitle()).isEqualTo("Why your big toe matters");
    }

    @Test
    void leavingWithAnUnsavedLinkedRoutineAsksFirst() {
        RoutineSummary stretch = routine("Post-run toe stretch");
        navigateTo("studio/articles/" + articleId);
        pick(stretch);

        navigateTo("studio/articles");

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(currentView()).isInstanceOf(ArticleEditorView.class);
    }

    @Test
    void publishNowSavesPendingEditsFirstAndTheArticleGoesLive() {
        navigateTo("studio/articles/" + articleId);
        _get(TextArea.class, spec -> spec.withLabel("Excerpt")).setValue("Push-off starts at the toe.");
        _click(_get(Button.class, spec -> spec.withText("Publish now")));

        ArticleDraft published = articles.load(articleId).orElseThrow();
        assertThat(published.getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(published.getExcerpt()).isEqualTo("Push-off starts at the toe.");
        assertThat(articles.findLive(published.getSlug(), false)).isPresent();
        assertThat(_get(Button.class, spec -> spec.withText("Archive")).isVisible()).isTrue();
    }

    @Test
    void previewOpensTheServerRenderedPageOutsideVaadinsRouter() {
        navigateTo("studio/articles/" + articleId);
        com.vaadin.flow.component.html.Anchor preview = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Preview as reader"));
        assertThat(preview.getHref()).isEqualTo("/studio/articles/" + articleId + "/preview");
        assertThat(preview.isRouterIgnore()).as("a full page load of the public site's page").isTrue();
    }

    @Test
    void listShowsTheInstructorsArticlesAndNewArticleOpensTheEditor() {
        navigateTo("studio/articles");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(com.vaadin.flow.component.grid.Grid.class)))
                .isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("New article")));
        assertThat(currentView()).isInstanceOf(NewArticleView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEmpty();
    }

    @Test
    void anotherInstructorCannotOpenTheEditor() {
        logout();
        loginAs(Role.INSTRUCTOR);
        navigateTo("studio/articles/" + articleId);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Title"))).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("This article belongs to another instructor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCallToActionOffersLiveProgramsAndIsKeptOnSave() {
        long routineId = routines.createDraft("Toe stretch");
        app.limber.content.RoutineDraft routine = routines.load(routineId).orElseThrow();
        routines.publishNow(routine.getId(), routine.getVersion());
        programs.createDraft("Draft plan");
        app.limber.program.ProgramDraft program = programs.load(programs.createDraft("Back on Track")).orElseThrow();
        program.setDay(new app.limber.program.DayPlan(1, java.util.List.of(routineId), "", Set.of()));
        app.limber.program.ProgramDraft saved = programs.save(program);
        programs.publishNow(saved.getId(), saved.getVersion());
        navigateTo("studio/articles/" + articleId);

        ComboBox<app.limber.content.ProgramOffer> callToAction =
                _get(ComboBox.class, spec -> spec.withLabel("Call to action: program"));
        assertThat(callToAction.getValue()).as("none by default").isNull();
        java.util.List<app.limber.content.ProgramOffer> offered =
                com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(callToAction);
        assertThat(offered).extracting(app.limber.content.ProgramOffer::title).containsExactly("Back on Track");
        callToAction.setValue(offered.getFirst());
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(articles.load(articleId).orElseThrow().getCallToAction()).isEqualTo(offered.getFirst());
    }
}
