package app.limber.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.community.CommentFixtures;
import app.limber.community.QueueRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The member page's "Comments: 4" opens the queue with that member's comments only ({@code ?member=id}). */
@Import(CommentFixtures.class)
class ModerationQueueMemberFilterTest extends UiTest {

    @Autowired
    CommentFixtures fixtures;

    SignedInPerson sam;

    @BeforeEach
    void commentsBySamAndAGuest() {
        var coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        long article = fixtures.publishedArticle(coach, "Your big toe starts every stride").getId();
        jdbc.update("update people set notify_new_comments = false");
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        fixtures.as(sam, () -> fixtures.post(article, null, "", "", "", "Nine cm on the wall test now", "192.0.2.8"));
        fixtures.as(sam, () -> fixtures.post(article, null, "", "", "", "And the toes feel looser", "192.0.2.8"));
        fixtures.asVisitor(article, "Priya", "priya@example.test", "", "Is there a version for people who can't kneel?");
        jdbc.update("update comments set status = 'APPROVED' where author_id = ?", sam.personId());
        loginAs(Role.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private List<String> shownTexts() {
        Grid<QueueRow> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).text()).toList();
    }

    @Test
    void onlyThatMembersCommentsShowOnTheFirstTabThatHasThem() {
        navigateTo("admin/comments?member=" + sam.personId());

        assertThat(_get(Tabs.class).getSelectedTab().getLabel()).isEqualTo("Approved (2)");
        assertThat(shownTexts()).containsExactlyInAnyOrder("Nine cm on the wall test now", "And the toes feel looser");
        assertThat(_get(ModerationQueueView.class).getElement().getTextRecursively())
                .contains("Comments by Sam Rivera only.");

        navigateTo("admin/comments");
        assertThat(_get(Tabs.class).getSelectedTab().getLabel()).startsWith("Approved");
        _get(Tabs.class).setSelectedIndex(0);
        assertThat(shownTexts()).containsExactly("Is there a version for people who can't kneel?");
    }

    @Test
    void anUnknownOrMalformedMemberShowsEveryone() {
        navigateTo("admin/comments?member=not-a-number");
        assertThat(shownTexts()).containsExactly("Is there a version for people who can't kneel?");
        navigateTo("admin/comments?member=987654");
        assertThat(shownTexts()).containsExactly("Is there a version for people who can't kneel?");
    }
}
