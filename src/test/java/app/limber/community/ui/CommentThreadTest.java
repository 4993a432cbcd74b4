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

/** The discussion on the article page and the moderation queue, as visitors, runners and admins use them. */
@Import(CommentFixtures.class)
class CommentThreadTest extends UiTest {

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

    /** Fills in and sends the main comment form the way a person would (taking their time). */
    private void leaveAReply(String name, String email, String text) {
        CommentForm form = _find(CommentForm.class).getLast();
        if (!name.isEmpty() || !email.isEmpty()) {
            _get(form, TextField.class, spec -> spec.withLabel("Name")).setValue(name);
            _get(form, EmailField.class, spec -> spec.withLabel("Email")).setValue(email);
        }
        _get(form, TextArea.class, spec -> spec.withLabel("Comment")).setValue(text);
        clock.advance(Duration.ofSeconds(30));
        _click(_get(form, Button.class, spec -> spec.withText("Post comment")));
    }

    private List<String> shownComments() {
        return _find(CommentBody.class).stream().map(body -> body.getElement().getTextRecursively()).toList();
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
    void aVisitorsReplyWaitsInTheQueueUntilAnAdminApprovesItThenEveryoneSeesIt() {
        navigateTo("articles/" + article.getSlug());
        assertThat(_get(EmailField.class).getHelperText()).contains("never shown").contains("Required");
        assertThat(_get(EmailField.class).isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isRequiredIndicatorVisible()).isTrue();

        leaveAReply("Sam Rivera", "sam@example.test", "My big toe finally bends!\nThanks for the routine.");

        assertThat(shownComments()).containsExactly("My big toe finally bends!Thanks for the routine.");
        assertThat(_get(Span.class, spec -> spec.withClasses("comment-awaiting")).getText())
                .isEqualTo("Your comment is awaiting moderation");

        // Another visitor doesn't see it yet.
        stopVaadin();
        startVaadin();
        navigateTo("articles/" + article.getSlug());
        assertThat(shownComments()).isEmpty();

        loginAs(Role.ADMIN);
        navigateTo("admin/comments");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-pending")).getLabel()).isEqualTo("Pending (1)");
        Grid<QueueRow> grid = queue();
        QueueRow row = GridKt._get(grid, 0);
        assertThat(row.authorName()).isEqualTo("Sam Rivera");
        assertThat(row.email()).isEqualTo("sam@example.test");
        grid.select(row);
        _click(_get(Button.class, spec -> spec.withId("bulk-approve")));
        assertThat(GridKt._size(queue())).isZero();
        assertThat(_get(Tab.class, spec -> spec.withId("tab-approved")).getLabel()).isEqualTo("Approved (1)");

        logout();
        stopVaadin();
        startVaadin();
        navigateTo("articles/" + article.getSlug());
        assertThat(shownComments()).containsExactly("My big toe finally bends!Thanks for the routine.");
        assertThat(_find(Span.class, spec -> spec.withClasses("comment-awaiting"))).isEmpty();
    }

    @Test
    void aLinkStuffedCommentLandsInPendingAndABlocklistedOneInSpam() {
        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(),
                s.guestComments(), s.moderateAll(), s.holdLinkCount(), s.moderationWords(), "cheap sneakers",
                s.mailSender(), s.commentsPerHour(), s.version()));
        SignedInPerson runner = accounts.create("jo@example.test", "Jo Okafor", Set.of(Role.RUNNER));
        jdbc.update("insert into comments (item_kind, item_id, author_id, author_name, author_email, body, status, "
                + "created_at, status_changed_at) values ('ARTICLE', ?, ?, 'Jo Okafor', 'jo@example.test', 'Earlier', "
                + "'APPROVED', now() - interval '1 day', now() - interval '1 day')", article.getId(), runner.personId());
        loginAs(runner);
        navigateTo("articles/" + article.getSlug());

        leaveAReply("", "", "Great shoes at https://a.example and https://b.example and https://c.example");
        leaveAReply("", "", "CHEAP SNEAKERS here");

        loginAs(Role.ADMIN);
        navigateTo("admin/comments");
        assertThat(queueTexts()).containsExactly(
                "Great shoes at https://a.example and https://b.example and https://c.example");
        assertThat(GridKt._getCellComponent(queue(), 0, "comment").getElement().getTextRecursively())
                .contains("Held: 3 links", "3 links:", "https://a.example", "https://b.example", "https://c.example");
        _click(_get(GridKt._getCellComponent(queue(), 0, "comment"), Button.class, spec -> spec.withText("History")));
        assertThat(GridKt._getItemDetailsComponent(queue(), 0).getElement().getTextRecursively())
                .contains("posted as Pending (Jo Okafor) — Held: 3 links");
        openTab(CommentStatus.SPAM);
        assertThat(queueTexts()).containsExactly("CHEAP SNEAKERS here");
        assertThat(GridKt._getCellComponent(queue(), 0, "comment").getElement().getTextRecursively())
                .contains("Spam: contains “cheap sneakers”, a disallowed word");
    }

    @Test
    void fieldErrorsAppearNextToTheFieldAndNothingIsSaved() {
        navigateTo("articles/" + article.getSlug());
        leaveAReply("Sam", "", "Hello");

        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("email address");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Comment")).getValue()).isEqualTo("Hello");
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isZero();
    }

    /** Every comment on the page as "depth · in reply to · text", in page order. */
    private List<String> shownThread() {
        return _find(com.vaadin.flow.component.html.Article.class, spec -> spec.withClasses("comment")).stream()
                .map(block -> block.getStyle()
                .get("--comment-depth") + " · " + _find(block, Span.class, spec -> spec.withClasses(
                "comment-in-reply-to")).stream().map(Span::getText).findFirst().orElse("-") + " · "
                + _get(block, CommentBody.class).getElement().getTextRecursively()).toList();
    }

    private void replyTo(String text, String reply) {
        com.vaadin.flow.component.html.Article block = _find(com.vaadin.flow.component.html.Article.class,
                spec -> spec.withClasses("comment")).stream()
                .filter(found -> _get(found, CommentBody.class).getElement().getTextRecursively().equals(text))
                .findFirst().orElseThrow();
        _click(_get(block, Button.class, spec -> spec.withText("Reply")));
        CommentForm form = _get(block, CommentForm.class);
        _get(form, TextArea.class, spec -> spec.withLabel("Comment")).setValue(reply);
        clock.advance(Duration.ofSeconds(30));
        _click(_get(form, Button.class, spec -> spec.withText("Post reply")));
    }

    @Test
    void membersCommentAsThemselvesAndRepliesToRepliesNestUnderWhatTheyAnswer() {
        SignedInPerson runner = accounts.create("jo@example.test", "Jo Okafor", Set.of(Role.RUNNER));
        loginAs(runner);
        navigateTo("articles/" + article.getSlug());
        assertThat(_find(EmailField.class)).as("members give no name or email").isEmpty();
        leaveAReply("", "", "Ten breaths today.");
        jdbc.update("update comments set status = 'APPROVED'");

        loginAs(coach);
        navigateTo("articles/" + article.getSlug());
        _click(_get(Button.class, spec -> spec.withText("Reply")));
        CommentForm replyForm = _find(CommentForm.class).getFirst();
        _get(replyForm, TextArea.class, spec -> spec.withLabel("Comment")).setValue("Lovely, keep going.");
        _get(replyForm, com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Reply as instructor")).setValue(true);
        clock.advance(Duration.ofSeconds(30));
        _click(_get(replyForm, Button.class, spec -> spec.withText("Post reply")));
        assertThat(_get(com.vaadin.flow.component.html.Article.class, spec -> spec.withClasses("comment-reply"))
                .getElement().getTextRecursively()).contains("Maya Lindqvist", "Instructor", "Lovely, keep going.");

        loginAs(runner);
        navigateTo("articles/" + article.getSlug());
        replyTo("Lovely, keep going.", "Will do, twelve tomorrow.");
        jdbc.update("update comments set status = 'APPROVED'");
        loginAs(coach);
        navigateTo("articles/" + article.getSlug());
        replyTo("Will do, twelve tomorrow.", "Don't rush it.");

        assertThat(shownThread()).containsExactly("1 · - · Ten breaths today.",
                "2 · in reply to Jo Okafor · Lovely, keep going.",
                "3 · in reply to Maya Lindqvist · Will do, twelve tomorrow.",
                "4 · in reply to Jo Okafor · Don't rush it.");
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
        navigateTo("articles/" + article.getSlug());
        assertThat(shownThread()).as("the coach also sees the pending one").containsExactly(
                "1 · - · Barefoot or in shoes?",
                "2 · in reply to Sam Rivera · Barefoot: shoes hide what we want to see.",
                "1 · - · Cheap shoes here");
    }

    @Test
    void addressesInCommentsBecomeSafeLinks() {
        fixtures.as(coach, () -> fixtures.post(article.getId(), null, "", "", "", "See https://example.org/toes.\n"
                + "Or www.example.net", "192.0.2.1"));
        navigateTo("articles/" + article.getSlug());

        List<Anchor> links = _find(CommentBody.class).getFirst().getChildren()
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(links).extracting(Anchor::getHref).containsExactly("https://example.org/toes",
                "http://www.example.net");
        assertThat(links).allSatisfy(link -> {
            assertThat(link.getElement().getAttribute("rel")).isEqualTo("nofollow ugc noopener");
            assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        });
        assertThat(_find(CommentBody.class).getFirst().getElement().getChildren()
                .filter(child -> !child.isTextNode() && "br".equals(child.getTag())).count()).isEqualTo(1);
    }

    @Test
    void routinesCarryADiscussionToo(@Autowired app.limber.content.RoutineService routines) {
        app.limber.content.RoutineDraft routine = fixtures.as(coach, () -> {
            app.limber.content.RoutineDraft draft = routines.load(routines.createDraft("Post-run toe stretch"))
                    .orElseThrow();
            app.limber.content.RoutineDraft saved = routines.save(draft);
            return routines.publishNow(saved.getId(), saved.getVersion());
        });
        loginAs(accounts.create(Set.of(Role.RUNNER)));
        navigateTo("routines/" + routine.getSlug());

        leaveAReply("", "", "Did this after my 10k, toes felt great.");

        assertThat(shownComments()).containsExactly("Did this after my 10k, toes felt great.");
        assertThat(jdbc.queryForObject("select item_kind from comments", String.class)).isEqualTo("ROUTINE");
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
