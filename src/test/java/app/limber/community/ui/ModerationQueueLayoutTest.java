package app.limber.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.community.CommentFixtures;
import app.limber.community.QueueRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** How the moderation queue lays comments out: readable columns on wide screens, one card per comment on narrow ones. */
@Import(CommentFixtures.class)
class ModerationQueueLayoutTest extends UiTest {

    static final String LONG_EMAIL = "priya.ramanathan-longname@running-club.example.com";

    @Autowired
    CommentFixtures fixtures;

    @BeforeEach
    void aCommentWithALongEmail() {
        var coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        long article = fixtures.publishedArticle(coach, "Your big toe starts every stride").getId();
        jdbc.update("update people set notify_new_comments = false");
        fixtures.asVisitor(article, "Priya", LONG_EMAIL, "", "Is there a version for people who can't kneel?");
        loginAs(Role.ADMIN);
        navigateTo("admin/comments");
    }

    private Grid<QueueRow> queue() {
        @SuppressWarnings("unchecked")
        Grid<QueueRow> grid = _get(Grid.class);
        return grid;
    }

    private List<String> visibleColumns() {
        return queue().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void wideWindowsGiveTheCommentTheWidestColumn() {
        _get(ModerationQueueView.class).fitTo(1440);

        assertThat(visibleColumns()).containsExactly("author", "comment", "item", "submitted");
        Grid.Column<QueueRow> comment = queue().getColumnByKey("comment");
        assertThat(comment.getWidth()).isEqualTo("20rem");
        assertThat(queue().getColumns()).allSatisfy(column -> assertThat(column.getFlexGrow())
                .isLessThanOrEqualTo(comment.getFlexGrow()));
    }

    @Test
    void narrowWindowsShowEachCommentAsOneCardWithEverythingOnIt() {
        _get(ModerationQueueView.class).fitTo(390);

        assertThat(visibleColumns()).containsExactly("comment");
        assertThat(queue().getColumnByKey("comment").getWidth()).as("fits a phone").isEqualTo("12rem");
        assertThat(GridKt._getCellComponent(queue(), 0, "comment").getElement().getTextRecursively())
                .contains("Priya", LONG_EMAIL, "Held: first comment from this person", "can't kneel",
                        "Your big toe starts every stride", "Approve", "Reply", "History");

        _get(ModerationQueueView.class).fitTo(1280);
        assertThat(visibleColumns()).hasSize(4);
    }

    @Test
    void emailsMayWrapOnlyBeforeTheAtOrAfterADotNeverInsideAWord() {
        Div email = _get(GridKt._getCellComponent(queue(), 0, "author"), Div.class,
                spec -> spec.withClasses("queue-email"));

        assertThat(email.getElement().getChildren().map(child -> child.isTextNode() ? child.getText()
                : "<" + child.getTag() + ">")).containsExactly("priya.", "<wbr>", "ramanathan-longname", "<wbr>",
                "@running-club.", "<wbr>", "example.", "<wbr>", "com");
        assertThat(email.getElement().getAttribute("title")).isEqualTo(LONG_EMAIL);
    }
}
