package app.limber.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.CommentableItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Who sees pending comments, the edit window, the moderation queue's actions and who may use them. */
@Import({TestAccounts.class, CommentFixtures.class})
class CommentModerationTest extends IntegrationTest {

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CommentService comments;

    @Autowired
    CommentModeration moderation;

    SignedInPerson coach;
    SignedInPerson admin;
    long article;

    @BeforeEach
    void anArticleToCommentOn() {
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        admin = accounts.create(Set.of(Role.ADMIN));
        article = fixtures.publishedArticle(coach, "Ankles that land soft").getId();
    }

    private List<String> threadTexts(SignedInPerson reader, Set<Long> own) {
        return fixtures.as(reader, () -> comments.discussion(CommentableItem.Kind.ARTICLE, article, own, false))
                .orElseThrow().comments().stream().map(ThreadComment::text).toList();
    }

    private CommentStatus statusOf(long id) {
        return jdbc.queryForObject("select status from comments where id = ?", CommentStatus.class, id);
    }

    @Test
    void aPendingCommentIsShownOnlyToItsAuthorAndModerators() {
        PostedComment pending = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Is this for beginners?");
        assertThat(pending.status()).isEqualTo(CommentStatus.PENDING);
        SignedInPerson otherInstructor = accounts.create(Set.of(Role.INSTRUCTOR));
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));

        assertThat(threadTexts(null, Set.of())).as("another visitor").isEmpty();
        assertThat(threadTexts(runner, Set.of())).as("a runner").isEmpty();
        assertThat(threadTexts(otherInstructor, Set.of())).as("an instructor who didn't write it").isEmpty();
        assertThat(threadTexts(null, Set.of(pending.id()))).as("the visitor who wrote it")
                .containsExactly("Is this for beginners?");
        assertThat(threadTexts(coach, Set.of())).as("the article's author").containsExactly("Is this for beginners?");
        assertThat(threadTexts(admin, Set.of())).as("an admin").containsExactly("Is this for beginners?");

        PostedComment runnersOwn = fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Mine", "192.0.2.8"));
        assertThat(runnersOwn.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(fixtures.as(runner, () -> comments.discussion(CommentableItem.Kind.ARTICLE, article, Set.of(),
                false)).orElseThrow().comments()).singleElement().satisfies(c -> {
                    assertThat(c.own()).isTrue();
                    assertThat(c.status()).isEqualTo(CommentStatus.PENDING);
                });
    }

    /** Posts as this person (null: a visitor named Sam) and approves it at once, so that it can be replied to. */
    private long approved(@org.jspecify.annotations.Nullable SignedInPerson who, @org.jspecify.annotations.Nullable
            Long replyTo, String text) {
        long id = fixtures.as(who, () -> fixtures.post(article, replyTo, who == null ? "Sam" : "",
                who == null ? "sam@example.test" : "", "", text, "192.0.2.1")).id();
        jdbc.update("update comments set status = 'APPROVED' where id = ?", id);
        return id;
    }

    private List<ThreadComment> readingOrder(@org.jspecify.annotations.Nullable SignedInPerson reader, Set<Long> own,
            boolean newestFirst) {
        return fixtures.as(reader, () -> comments.discussion(CommentableItem.Kind.ARTICLE, article, own,
                newestFirst)).orElseThrow().inReadingOrder();
    }

    @Test
    void repliesNestFiveDeepAndDeeperOnesFollowTheCommentTheyAnswerAtTheFifthLevel() {
        fixtures.settings(s -> s.withCommentsPerHour(100));
        SignedInPerson jo = accounts.create("jo@example.test", "Jo Okafor", Set.of(Role.RUNNER));
        long first = approved(null, null, "First");
        long second = approved(jo, null, "Second");
        long two = approved(coach, first, "Depth two");
        long three = approved(jo, two, "Depth three");
        long four = approved(null, three, "Depth four");
        long five = approved(coach, four, "Depth five");
        long six = approved(jo, five, "Answers depth five");
        long seven = approved(null, six, "Answers the answer");
        long sixAgain = approved(null, five, "Also answers depth five");

        assertThat(readingOrder(null, Set.of(), false)).extracting(ThreadComment::id, ThreadComment::depth,
                ThreadComment::inReplyTo, ThreadComment::flattened).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, 1, null, false),
                org.assertj.core.groups.Tuple.tuple(two, 2, "Sam", false),
                org.assertj.core.groups.Tuple.tuple(three, 3, "Maya Lindqvist", false),
                org.assertj.core.groups.Tuple.tuple(four, 4, "Jo Okafor", false),
                org.assertj.core.groups.Tuple.tuple(five, 5, "Sam", false),
                org.assertj.core.groups.Tuple.tuple(six, 5, "Maya Lindqvist", true),
                org.assertj.core.groups.Tuple.tuple(seven, 5, "Jo Okafor", true),
                org.assertj.core.groups.Tuple.tuple(sixAgain, 5, "Maya Lindqvist", true),
                org.assertj.core.groups.Tuple.tuple(second, 1, null, false));
        assertThat(jdbc.queryForObject("select parent_id from comments where id = ?", Long.class, seven))
                .as("the database keeps whom it answers").isEqualTo(six);

        List<ThreadComment> newestFirst = fixtures.as(null, () -> comments.discussion(CommentableItem.Kind.ARTICLE,
                article, Set.of(), true)).orElseThrow().comments();
        assertThat(newestFirst).extracting(ThreadComment::id).containsExactly(second, first);
        assertThat(newestFirst.get(1).replies()).extracting(ThreadComment::id).as("replies stay in posting order")
                .containsExactly(two);
        assertThat(readingOrder(null, Set.of(), true)).hasSize(9);
    }

    @Test
    void aReplyIsShownOnlyWithTheCommentItAnswersAndPendingRepliesOnlyToTheirAuthor() {
        fixtures.settings(s -> s.withCommentsPerHour(100));
        long question = approved(null, null, "Barefoot or in shoes?");
        long answer = approved(coach, question, "Barefoot.");
        long thanks = fixtures.as(null, () -> fixtures.post(article, answer, "Priya", "priya@example.test", "",
                "Thanks, trying it now.", "198.51.100.77")).id();
        assertThat(statusOf(thanks)).isEqualTo(CommentStatus.PENDING);

        assertThat(readingOrder(null, Set.of(), false)).extracting(ThreadComment::id).containsExactly(question,
                answer);
        assertThat(readingOrder(null, Set.of(thanks), false)).extracting(ThreadComment::id, ThreadComment::own)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(question, false),
                        org.assertj.core.groups.Tuple.tuple(answer, false),
                        org.assertj.core.groups.Tuple.tuple(thanks, true));
        assertThat(readingOrder(coach, Set.of(), false)).as("moderators see pending replies").hasSize(3);

        actAs(admin);
        moderation.move(Set.of(question), CommentStatus.TRASH);
        assertThat(readingOrder(null, Set.of(), false)).as("the answer goes with the question").isEmpty();
        assertThat(readingOrder(coach, Set.of(), false)).isEmpty();
        assertThat(statusOf(answer)).isEqualTo(CommentStatus.APPROVED);
        moderation.restore(Set.of(question));
        assertThat(readingOrder(null, Set.of(), false)).extracting(ThreadComment::id).containsExactly(question,
                answer);
    }

    @Test
    void aReplyFromTheQueueIsPublishedAtOnceAndApprovesThePendingComment() {
        fixtures.settings(s -> s.withCommentsPerHour(1));
        long question = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "How long do I hold it?").id();
        long other = fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Any tips for tight calves?").id();
        actAs(coach);

        PostedComment reply = moderation.reply(question, "Start with five breaths.", "192.0.2.9");
        PostedComment second = moderation.reply(other, "Try the wall stretch.", "192.0.2.9");

        assertThat(reply.status()).as("published at once").isEqualTo(CommentStatus.APPROVED);
        assertThat(second.status()).as("moderators aren't held to the hourly cap").isEqualTo(CommentStatus.APPROVED);
        assertThat(statusOf(question)).isEqualTo(CommentStatus.APPROVED);
        assertThat(jdbc.queryForMap("select author_id, parent_id, as_instructor from comments where id = ?",
                reply.id())).containsEntry("author_id", coach.personId()).containsEntry("parent_id", question)
                .containsEntry("as_instructor", true);
        assertThat(why(CommentStatus.APPROVED)).containsEntry(question, "Approved when Maya Lindqvist replied to it");
        assertThat(moderation.history(question)).last().satisfies(line -> {
            assertThat(line.actorName()).isEqualTo("Maya Lindqvist");
            assertThat(line.why()).isEqualTo("approved by replying to it");
        });
        actAs(admin);
        PostedComment fromAdmin = moderation.reply(reply.id(), "Five is plenty to start.", "192.0.2.10");
        assertThat(jdbc.queryForObject("select as_instructor from comments where id = ?", Boolean.class,
                fromAdmin.id())).as("admins who don't teach get no instructor badge").isFalse();
        assertThat(readingOrder(null, Set.of(), false)).extracting(ThreadComment::text, ThreadComment::inReplyTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("How long do I hold it?", null),
                        org.assertj.core.groups.Tuple.tuple("Start with five breaths.", "Sam"),
                        org.assertj.core.groups.Tuple.tuple("Five is plenty to start.", "Maya Lindqvist"),
                        org.assertj.core.groups.Tuple.tuple("Any tips for tight calves?", null),
                        org.assertj.core.groups.Tuple.tuple("Try the wall stretch.", "Jo"));
    }

    @Test
    void aRefusedReplyFromTheQueueChangesNothingAndOnlyTheItemsModeratorsMayReply() {
        long question = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "How long do I hold it?").id();
        long spam = fixtures.asVisitor(article, "Deals", "deals@example.test", "", "Cheap shoes").id();
        actAs(admin);
        moderation.move(Set.of(spam), CommentStatus.SPAM);
        actAs(coach);

        assertThatThrownBy(() -> moderation.reply(question, "   ", "192.0.2.9"))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("Write a comment first");
        assertThat(statusOf(question)).isEqualTo(CommentStatus.PENDING);
        assertThatThrownBy(() -> moderation.reply(spam, "Hello", "192.0.2.9"))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("Restore this comment");
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> moderation.reply(question, "Not my article", "192.0.2.9"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(question)).isEqualTo(CommentStatus.PENDING);
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isEqualTo(2);
    }

    @Test
    void undoPutsBackExactlyWhatTheStepChangedUnlessSomeoneMovedItSince() {
        long held = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Is this for beginners?").id();
        long other = fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Great read").id();
        actAs(admin);

        ModerationStep spammed = moderation.move(Set.of(held, other), CommentStatus.SPAM);
        moderation.move(Set.of(other), CommentStatus.TRASH);
        assertThat(moderation.undo(spammed)).isEqualTo(1);

        assertThat(statusOf(held)).isEqualTo(CommentStatus.PENDING);
        assertThat(why(CommentStatus.PENDING)).containsExactly(Map.entry(held, "Held: first comment from this person"));
        assertThat(statusOf(other)).as("moved again since: left alone").isEqualTo(CommentStatus.TRASH);
        assertThat(moderation.history(held)).last().satisfies(line -> {
            assertThat(line.from()).isEqualTo(CommentStatus.SPAM);
            assertThat(line.to()).isEqualTo(CommentStatus.PENDING);
            assertThat(line.why()).isEqualTo("undo");
        });
        assertThat(jdbc.queryForList("select action || ': ' || details from audit_events where subject_type = 'comment' "
                + "and subject_id = ? order by id", String.class, held)).containsExactly("comment.spammed: Pending → Spam",
                "comment.unapproved: Spam → Pending (undo)");

        ModerationStep approvedStep = moderation.move(Set.of(held), CommentStatus.APPROVED);
        moderation.undo(approvedStep);
        assertThat(why(CommentStatus.PENDING)).containsEntry(held, "Held: first comment from this person");
    }

    @Test
    void authorsEditForFifteenMinutesAndMayDelete() {
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        long id = fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Tpyo", "192.0.2.3")).id();

        clock.advance(Duration.ofMinutes(14));
        fixtures.as(runner, () -> {
            comments.edit(id, "Typo fixed", Set.of());
            return null;
        });
        assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, id))
                .isEqualTo("Typo fixed");
        assertThatThrownBy(() -> fixtures.as(accounts.create(Set.of(Role.RUNNER)), () -> {
            comments.edit(id, "Not yours", Set.of());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> fixtures.as(runner, () -> {
            comments.edit(id, "Too late", Set.of());
            return null;
        })).isInstanceOf(CommentRefusedException.class).hasMessageContaining("15 minutes");

        fixtures.as(runner, () -> {
            comments.delete(id, Set.of());
            return null;
        });
        assertThat(statusOf(id)).isEqualTo(CommentStatus.TRASH);
    }

    @Test
    void aVisitorEditsOnlyCommentsFromTheirOwnSession() {
        long id = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Helo").id();
        assertThatThrownBy(() -> fixtures.as(null, () -> {
            comments.edit(id, "Someone else", Set.of());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        fixtures.as(null, () -> {
            comments.edit(id, "Hello", Set.of(id));
            return null;
        });
        assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, id)).isEqualTo("Hello");
    }

    @Test
    void queueActionsMoveCommentsAndRecordWhoDidWhat() {
        long a = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "One").id();
        long b = fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Two").id();
        long c = fixtures.asVisitor(article, "Lee", "lee@example.test", "", "Three").id();
        actAs(admin);

        assertThat(moderation.counts(QueueFilter.of(CommentStatus.PENDING))).containsEntry(CommentStatus.PENDING, 3L);
        assertThat(moderation.move(Set.of(a, b), CommentStatus.APPROVED).count()).isEqualTo(2);
        assertThat(moderation.move(Set.of(c), CommentStatus.SPAM).count()).isEqualTo(1);
        assertThat(moderation.restore(Set.of(c)).count()).isEqualTo(1);
        assertThat(statusOf(c)).as("restored to where it was before spam").isEqualTo(CommentStatus.PENDING);
        moderation.move(Set.of(a), CommentStatus.TRASH);
        assertThat(moderation.restore(Set.of(a)).count()).isEqualTo(1);
        assertThat(statusOf(a)).isEqualTo(CommentStatus.APPROVED);

        assertThat(moderation.history(c)).extracting(StatusChange::from, StatusChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, CommentStatus.PENDING),
                org.assertj.core.groups.Tuple.tuple(CommentStatus.PENDING, CommentStatus.SPAM),
                org.assertj.core.groups.Tuple.tuple(CommentStatus.SPAM, CommentStatus.PENDING));
        assertThat(moderation.history(c)).extracting(StatusChange::actorName)
                .containsExactly("Lee (visitor)", admin.displayName(), admin.displayName());
        assertThat(jdbc.queryForList("select action from audit_events where subject_type = 'comment' order by id",
                String.class)).containsExactly("comment.approved", "comment.approved", "comment.spammed",
                "comment.unapproved", "comment.trashed", "comment.approved");
    }

    @Test
    void theQueueAndTheHistorySayWhichRuleHeldApprovedOrSpammedAComment() {
        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), s.guestComments(),
                false, 3, "casino", "viagra", s.mailSender(), 100, s.version()));
        long first = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Is this for beginners?").id();
        actAs(admin);
        moderation.move(Set.of(first), CommentStatus.APPROVED);
        long links = fixtures.asVisitor(article, "Sam", "sam@example.test", "",
                "My logs: https://a.example https://b.example https://c.example").id();
        long word = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Casino nights after long runs?").id();
        long spam = fixtures.asVisitor(article, "Deals", "deals@example.test", "", "VIAGRA for runners").id();
        long trusted = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Ten breaths today.").id();
        long coachs = fixtures.as(coach, () -> fixtures.post(article, null, "", "", "", "Lovely.", "192.0.2.1")).id();

        assertThat(why(CommentStatus.PENDING)).containsExactly(
                Map.entry(word, "Held: contains “casino”, from the hold list"),
                Map.entry(links, "Held: 3 links"));
        assertThat(why(CommentStatus.SPAM)).containsExactly(
                Map.entry(spam, "Spam: contains “viagra”, a disallowed word"));
        assertThat(why(CommentStatus.APPROVED)).containsExactly(
                Map.entry(coachs, "Approved automatically: written by the item's author or an admin"),
                Map.entry(trusted, "Approved automatically: this person has an approved comment and no rule held "
                        + "this one"),
                Map.entry(first, "Approved by " + admin.displayName()));
        assertThat(moderation.history(first)).extracting(StatusChange::why)
                .containsExactly("Held: first comment from this person", "");

        moderation.move(Set.of(word), CommentStatus.SPAM);
        assertThat(why(CommentStatus.SPAM)).containsEntry(word, "Marked as spam by " + admin.displayName());
        assertThat(jdbc.queryForList("select reason from comment_status_changes where comment_id = ? order by id",
                String.class, word)).containsExactly("HOLD_WORD", "MODERATOR");
    }

    private Map<Long, String> why(CommentStatus status) {
        var rows = new java.util.LinkedHashMap<Long, String>();
        moderation.page(QueueFilter.of(status), 0, 50).forEach(row -> rows.put(row.id(), row.why()));
        return rows;
    }

    @Test
    void anEditThatBreaksARuleSaysWhichInTheHistory() {
        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), s.guestComments(),
                false, s.holdLinkCount(), "casino", "", s.mailSender(), 100, s.version()));
        SignedInPerson runner = accounts.create("jo@example.test", "Jo Okafor", Set.of(Role.RUNNER));
        jdbc.update("insert into comments (item_kind, item_id, author_id, author_name, author_email, body, status, "
                + "created_at, status_changed_at) values ('ARTICLE', ?, ?, 'Jo Okafor', 'jo@example.test', 'Earlier', "
                + "'APPROVED', now() - interval '1 day', now() - interval '1 day')", article, runner.personId());
        long id = fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Great routine", "192.0.2.3"))
                .id();
        fixtures.as(runner, () -> {
            comments.edit(id, "Great routine, casino later", Set.of());
            return null;
        });

        actAs(admin);
        assertThat(moderation.history(id)).extracting(StatusChange::actorName, StatusChange::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jo Okafor", "Approved automatically: this person has an approved "
                        + "comment and no rule held this one"),
                org.assertj.core.groups.Tuple.tuple("Jo Okafor", "Held: contains “casino”, from the hold list"));
        assertThat(why(CommentStatus.PENDING)).containsEntry(id, "Held: contains “casino”, from the hold list");
    }

    @Test
    void bulkTrashDeletePermanentlyAndEmptyTrash() {
        long a = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "One").id();
        long b = fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Two").id();
        long c = fixtures.asVisitor(article, "Lee", "lee@example.test", "", "Three").id();
        actAs(admin);

        moderation.move(Set.of(a, b, c), CommentStatus.TRASH);
        assertThat(moderation.page(QueueFilter.of(CommentStatus.TRASH), 0, 50)).hasSize(3);
        assertThat(moderation.deletePermanently(Set.of(a))).isEqualTo(1);
        assertThat(moderation.emptyTrash()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'comment.deleted'",
                Long.class)).isEqualTo(3);
    }

    @Test
    void queueSearchesAndFiltersByItemAndSpellsOutLinks() {
        long other = fixtures.publishedArticle(coach, "Your big toe starts every stride").getId();
        fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Ankles feel great, see www.example.org/log");
        fixtures.asVisitor(other, "Jo", "jo@example.test", "", "Toes!");
        actAs(admin);

        List<QueueRow> found = moderation.page(new QueueFilter(CommentStatus.PENDING, "ANKLES", null, 0), 0, 50);
        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.links()).containsExactly("www.example.org/log");
            assertThat(row.itemTitle()).isEqualTo("Ankles that land soft");
            assertThat(row.email()).isEqualTo("sam@example.test");
            assertThat(row.ipAddress()).startsWith("198.51.100.");
        });
        assertThat(moderation.page(new QueueFilter(CommentStatus.PENDING, "", CommentableItem.Kind.ARTICLE, other),
                0, 50)).extracting(QueueRow::text).containsExactly("Toes!");
        assertThat(moderation.page(new QueueFilter(CommentStatus.PENDING, "100%_", null, 0), 0, 50)).isEmpty();
    }

    @Test
    void instructorsModerateOnlyCommentsOnTheirOwnContentAndRunnersNothing() {
        SignedInPerson otherCoach = accounts.create(Set.of(Role.INSTRUCTOR));
        long theirs = fixtures.publishedArticle(otherCoach, "Hips for hills").getId();
        long onMaya = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "For Maya").id();
        long onOther = fixtures.asVisitor(theirs, "Jo", "jo@example.test", "", "For the other coach").id();

        actAs(coach);
        assertThat(moderation.page(QueueFilter.of(CommentStatus.PENDING), 0, 50)).extracting(QueueRow::id)
                .containsExactly(onMaya);
        assertThat(moderation.counts(QueueFilter.of(CommentStatus.PENDING))).containsEntry(CommentStatus.PENDING, 1L);
        assertThatThrownBy(() -> moderation.move(Set.of(onMaya, onOther), CommentStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.history(onOther)).isInstanceOf(AccessDeniedException.class);
        assertThat(moderation.move(Set.of(onMaya), CommentStatus.APPROVED).count()).isEqualTo(1);

        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> moderation.move(Set.of(onOther), CommentStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.page(QueueFilter.of(CommentStatus.PENDING), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> moderation.emptyTrash()).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
        assertThat(statusOf(onOther)).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aThreadOf200CommentsIsReadInTwoStatements() {
        fixtures.settings(s -> s.withCommentsPerHour(1000));
        fixtures.as(coach, () -> {
            for (int i = 0; i < 100; i++) {
                long parent = fixtures.post(article, null, "", "", "", "Comment " + i, "192.0.2.1").id();
                fixtures.post(article, parent, "", "", "", "Reply " + i, "192.0.2.1");
            }
            return null;
        });

        long[] size = new long[1];
        long statements = statementsDuring(() -> size[0] = fixtures.as(null, () -> comments.discussion(
                CommentableItem.Kind.ARTICLE, article, Set.of(), true)).orElseThrow().size());

        assertThat(size[0]).isEqualTo(200);
        System.out.printf("Thread of 200 comments: %d statements%n", statements);
        // The item (title, author, live) and the thread itself; settings come from one more small read.
        assertThat(statements).isLessThanOrEqualTo(3);
        actAs(admin);
        long queueStatements = statementsDuring(() -> moderation.page(QueueFilter.of(CommentStatus.APPROVED), 0, 50));
        System.out.printf("Moderation queue page of 50: %d statements%n", queueStatements);
        assertThat(queueStatements).isLessThanOrEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deletingAnAccountKeepsTheWordsButNotThePerson(@Autowired CommentsAsPersonalData personal) {
        SignedInPerson runner = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        long id = fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Nine cm now!", "192.0.2.4")).id();
        assertThat((List<?>) personal.exportFor(runner.personId(), java.time.ZoneOffset.UTC)).singleElement()
                .satisfies(row -> assertThat((Map<String, Object>) row).containsEntry("text", "Nine cm now!")
                        .containsEntry("id", id).containsEntry("on", "Ankles that land soft")
                        .containsEntry("onKind", "article").containsEntry("onId", article)
                        .hasEntrySatisfying("postedAt", at -> assertThat((String) at)
                                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}")));

        fixtures.as(runner, () -> {
            new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(
                    status -> personal.forget(runner.personId()));
            return null;
        });

        Map<String, Object> row = jdbc.queryForMap(
                "select author_id, author_name, author_email, ip_address, body from comments where id = ?", id);
        assertThat(row).containsEntry("author_name", "Former member").containsEntry("body", "Nine cm now!");
        assertThat(row.get("author_id")).isNull();
        assertThat(row.get("author_email")).isNull();
        assertThat(row.get("ip_address")).isNull();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;
}
