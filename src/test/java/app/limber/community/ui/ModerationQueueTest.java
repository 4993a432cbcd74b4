package app.limber.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.community.CommentFixtures;
import app.limber.community.CommentStatus;
import app.limber.community.QueueRow;
import app.limber.content.ArticleDraft;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The moderation queue, as admins and instructors use it (the discussion on the pages: site.CommentPagesTest). */
@Import(CommentFixtures.class)
class ModerationQueueTest extends UiTest {

    @Autowired
    CommentFixtures fixtures;

    SignedInPerson coach;
    ArticleDraft article;

    @BeforeEach
    void anArticle() {
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Your big toe starts every stride");
        jdbc.update("update people set notify_new_comments = false"); // no SMTP server here (see CommentMailTest)
    }

    private Grid<QueueRow> queue() {
        @SuppressWarnings("unchecked")
        Grid<QueueRow> grid = _get(Grid.class);
        return grid;
    }

    private List<String> queueTexts() {
        Grid<QueueRow> grid = queue();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).text())
                .toList();
    }

    private void openTab(CommentStatus status) {
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-" + status.name().toLowerCase())));
    }

    @Test
    void theQueueRepliesApprovingTheCommentAndUndoPutsASpammedCommentBack() {
        fixtures.asVisitor(article.getId(), "Sam Rivera", "sam@example.test", "", "Barefoot or in shoes?");
        long spam = fixtures.asVisitor(article.getId(), "Deals", "deals@example.test", "", "Cheap shoes here").id();
        loginAs(coach);
        navigateTo("admin/comments");

        _click(_get(GridKt._getCellComponent(queue(), 0, "comment"), Button.class, spec -> spec.withText("Spam")));
        assertThat(queueTexts()).containsExactly("Barefoot or in shoes?");
        _click(_get(Button.class, spec -> spec.withId("undo")));
        assertThat(queueTexts()).containsExactly("Cheap shoes here", "Barefoot or in shoes?");
        assertThat(jdbc.queryForObject("select status from comments where id = ?", String.class, spam))
                .isEqualTo("PENDING");

        _click(_get(GridKt._getCellComponent(queue(), 1, "comment"), Button.class, spec -> spec.withText("Reply")));
        QueueReplyDialog dialog = _get(QueueReplyDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Barefoot or in shoes?",
                "Replying also approves this comment.");
        dialog.text().setValue("Barefoot: shoes hide what we want to see.");
        _click(_get(Button.class, spec -> spec.withId("publish-reply")));

        assertThat(queueTexts()).containsExactly("Cheap shoes here");
        openTab(CommentStatus.APPROVED);
        assertThat(queueTexts()).containsExactly("Barefoot: shoes hide what we want to see.",
                "Barefoot or in shoes?");
    }

    @Test
    void keyboardShortcutsApproveAndSpamTheSelectedComment() {
        long one = fixtures.asVisitor(article.getId(), "Sam", "sam@example.test", "", "Useful, thanks").id();
        long two = fixtures.asVisitor(article.getId(), "Bot", "bot@example.test", "", "Buy followers").id();
        loginAs(Role.ADMIN);
        navigateTo("admin/comments");

        Grid<QueueRow> grid = queue();
        assertThat(GridKt._get(grid, 0).id()).as("newest first").isEqualTo(two);
        grid.select(GridKt._get(grid, 0));
        ShortcutsKt._fireShortcut(grid, Key.KEY_S);
        grid = queue();
        grid.select(GridKt._get(grid, 0));
        ShortcutsKt._fireShortcut(grid, Key.KEY_A);

        assertThat(jdbc.queryForObject("select status from comments where id = ?", String.class, two))
                .isEqualTo("SPAM");
        assertThat(jdbc.queryForObject("select status from comments where id = ?", String.class, one))
                .isEqualTo("APPROVED");
        assertThat(GridKt._size(queue())).isZero();
    }

    @Test
    void theQueueRefusesRunnersAndShowsInstructorsOnlyTheirOwnItems() {
        SignedInPerson otherCoach = accounts.create(Set.of(Role.INSTRUCTOR));
        ArticleDraft theirs = fixtures.publishedArticle(otherCoach, "Hips for hills");
        fixtures.asVisitor(article.getId(), "Sam", "sam@example.test", "", "For Maya");
        fixtures.asVisitor(theirs.getId(), "Jo", "jo@example.test", "", "For the other coach");

        loginAs(coach);
        navigateTo("admin/comments");
        assertThat(queueTexts()).containsExactly("For Maya");
    }
}
