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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Each moderation rule, through the real posting service and database: what is held, sent to spam or refused. */
@Import({TestAccounts.class, CommentFixtures.class})
class CommentRulesTest extends IntegrationTest {

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CommentService comments;

    SignedInPerson coach;
    long article;

    @BeforeEach
    void anArticleToCommentOn() {
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Ankles that land soft").getId();
    }

    private CommentStatus statusOf(long id) {
        return jdbc.queryForObject("select status from comments where id = ?", CommentStatus.class, id);
    }

    private void approve(long id) {
        jdbc.update("update comments set status = 'APPROVED' where id = ?", id);
    }

    private PostedComment visitor(String text) {
        return fixtures.asVisitor(article, "Sam", "sam@example.test", "", text);
    }

    @Test
    void aNulByteInAGuestCommentIsRemovedAndTheTextStoredInNormalisationFormC() {
        PostedComment posted = fixtures.asVisitor(article, "Ame\u0301lie\u0000", "amelie@example.test", "",
                "Cafe\u0301 after the run,\u0000 then the toe stretch.\u0007");

        assertThat(jdbc.queryForMap("select author_name, body from comments where id = ?", posted.id()))
                .containsEntry("author_name", "Am\u00e9lie")
                .containsEntry("body", "Caf\u00e9 after the run, then the toe stretch.");
    }

    @Test
    void aCommentOfNothingButControlCharactersIsRefusedWithAMessage() {
        assertThatThrownBy(() -> visitor("\u0000\u0000\u0001"))
                .isInstanceOf(CommentRefusedException.class).hasMessage("Write a comment first.");
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isZero();
    }

    @Test
    void aVisitorsFirstCommentIsHeldAndTheNextIsApprovedOnceOneWasApproved() {
        PostedComment first = visitor("The knee-to-wall test went from 6 to 9 cm in three weeks!");
        assertThat(first.status()).isEqualTo(CommentStatus.PENDING);
        approve(first.id());

        assertThat(visitor("Doing the toe stretch after every run now.").status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void moderateAllHoldsEvenTrustedAuthors() {
        approve(visitor("First one.").id());
        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), s.guestComments(),
                true, s.holdLinkCount(), s.moderationWords(), s.disallowedWords(), s.mailSender(), s.commentsPerHour(),
                s.version()));

        assertThat(visitor("Second one.").status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aCommentWithTwoLinksIsHeldAndOneLinkIsNot() {
        approve(visitor("Trusted now.").id());

        assertThat(visitor("My log: https://example.org/log").status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(visitor("Cheap shoes http://a.example and www.b.example").status())
                .isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aModerationWordInNameEmailWebsiteOrTextHoldsIgnoringCase() {
        approve(visitor("Trusted now.").id());
        fixtures.settings(s -> withWords(s, "Casino\nfree shipping", ""));

        assertThat(visitor("Great post about CASINO nights").status()).isEqualTo(CommentStatus.PENDING);
        assertThat(fixtures.asVisitor(article, "Sam Casino", "sam@example.test", "", "Nice.").status())
                .isEqualTo(CommentStatus.PENDING);
        assertThat(fixtures.asVisitor(article, "Sam", "sam@example.test", "https://casino.example", "Hello")
                .status()).isEqualTo(CommentStatus.PENDING);
        assertThat(fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Get Free Shipping today").status())
                .isEqualTo(CommentStatus.PENDING);
        assertThat(visitor("Plain words about ankles.").status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void aDisallowedWordSendsTheCommentToSpam() {
        fixtures.settings(s -> withWords(s, "", "viagra"));

        PostedComment spam = fixtures.asVisitor(article, "Bot", "bot@spam.example", "", "Buy VIAGRA now");
        assertThat(spam.status()).isEqualTo(CommentStatus.SPAM);
        assertThat(fixtures.asVisitor(article, "Bot", "viagra@spam.example", "", "Hello there").status())
                .isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void aDuplicateOfTheAuthorsPreviousCommentIsRefused() {
        visitor("Loved this one.");

        assertThatThrownBy(() -> visitor("  loved this   ONE. "))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("already posted this");
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isEqualTo(1);
    }

    @Test
    void aGuestRepeatingTheirTextMinutesLaterAfterOtherCommentsIsRefused() {
        String samsAddress = "203.0.113.40";
        fixtures.as(null, () -> fixtures.post(article, null, "Sam", "sam@example.test", "", "Loved this one.",
                samsAddress));
        clock.advance(Duration.ofMinutes(3));
        fixtures.as(null, () -> fixtures.post(article, null, "Jo", "jo@example.test", "", "So did I.", samsAddress));
        fixtures.as(null, () -> fixtures.post(article, null, "Sam", "sam@example.test", "", "Tried it twice now.",
                "203.0.113.41"));
        clock.advance(Duration.ofMinutes(3));

        assertThatThrownBy(() -> fixtures.as(null, () -> fixtures.post(article, null, "Sam R.", "SAM@example.test", "",
                "loved\u00a0this  one!!", "198.51.100.200")))
                .isInstanceOf(CommentRefusedException.class)
                .hasMessage("You've already posted this here. Change the text if you meant to say something new.")
                .satisfies(e -> assertThat(((CommentRefusedException) e).field()).isEqualTo("text"));
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isEqualTo(3);
    }

    @Test
    void theSameTextFromAnotherAuthorOnAnotherItemOrAfterTrashingIsFine() {
        long other = fixtures.publishedArticle(coach, "Your big toe starts every stride").getId();
        long first = visitor("Loved this one.").id();
        clock.advance(Duration.ofMinutes(7));

        assertThat(fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Loved this one.").id()).isPositive();
        assertThat(fixtures.asVisitor(other, "Sam", "sam@example.test", "", "Loved this one.").id()).isPositive();
        jdbc.update("update comments set status = 'TRASH' where id = ?", first);
        assertThat(visitor("Loved this one.").id()).as("the earlier one was removed").isPositive();
    }

    @Test
    void aMemberRepeatingTheirTextOnTheSameItemIsRefusedButMayRepeatItAsAReplyToSomeoneElse() {
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        long question = visitor("Does this help with calf cramps?").id();
        approve(question);
        fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Thank you!", "192.0.2.60"));
        clock.advance(Duration.ofMinutes(30));
        fixtures.asVisitor(article, "Jo", "jo@example.test", "", "Great stretch.");

        assertThatThrownBy(() -> fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "thank you",
                "192.0.2.61"))).isInstanceOf(CommentRefusedException.class).hasMessageContaining("already posted");
        assertThat(fixtures.as(runner, () -> fixtures.post(article, question, "", "", "", "Thank you!",
                "192.0.2.61")).id()).as("a reply to a question is another place").isPositive();
    }

    @Test
    void duplicatesAreComparedIgnoringCaseSpacingInvisibleCharactersAndTrailingPunctuation() {
        assertThat(ModerationRules.comparable("  Loved THIS\u00a0one!!! ")).isEqualTo("loved this one");
        assertThat(ModerationRules.comparable("Ｌｏｖｅｄ\u200b this\n\none.")).isEqualTo("loved this one");
        assertThat(ModerationRules.comparable("Loved this one")).isNotEqualTo(ModerationRules.comparable(
                "Loved this one?! Really"));
        assertThat(ModerationRules.comparable("?")).as("punctuation alone is kept").isNotEqualTo(
                ModerationRules.comparable("!"));
        assertThat(ModerationRules.comparable("Café")).isEqualTo(ModerationRules.comparable("CAFE\u0301"));
    }

    @Test
    void aSecondCommentWithinFifteenSecondsOfTheSameAuthorOrIpIsRefused() {
        fixtures.post(article, null, "Sam", "sam@example.test", "", "First", "203.0.113.7");
        clock.advance(Duration.ofSeconds(-10)); // the helper waits 20 s; this makes it 10 s
        assertThatThrownBy(() -> fixtures.as(null, () -> fixtures.post(article, null, "Jo", "jo@example.test", "",
                "Another person, same IP", "203.0.113.7")))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("too quickly");
    }

    @Test
    void guestsAtTheSameAddressDontUseUpAMembersAllowance() {
        fixtures.settings(s -> s.withCommentsPerHour(3));
        String household = "203.0.113.20";
        for (int i = 1; i <= 3; i++) {
            String name = "Guest " + i;
            fixtures.as(null, () -> fixtures.post(article, null, name, name.replace(" ", "") + "@example.test", "",
                    "Comment from " + name, household));
        }
        assertThatThrownBy(() -> fixtures.as(null, () -> fixtures.post(article, null, "Guest 4", "guest4@example.test",
                "", "One more from the same Wi-Fi", household)))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("limit of 3 comments an hour");
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));

        clock.advance(Duration.ofSeconds(-30)); // the helper waits 20 s: 10 s after the last guest at that address
        assertThat(fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Posted from home, signed in.",
                household)).id()).isPositive();
    }

    @Test
    void aMembersOwnLimitsStillApplyFromAnyAddress() {
        fixtures.settings(s -> s.withCommentsPerHour(2));
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "From home", "203.0.113.1"));
        clock.advance(Duration.ofSeconds(-10));
        assertThatThrownBy(() -> fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "From the phone",
                "198.51.100.99"))).isInstanceOf(CommentRefusedException.class).hasMessageContaining("too quickly");
        fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "From the office", "192.0.2.77"));

        assertThatThrownBy(() -> fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "From the club",
                "198.51.100.98"))).isInstanceOf(CommentRefusedException.class)
                .hasMessageContaining("limit of 2 comments an hour");
    }

    @Test
    void commentsPerHourAreCapped() {
        fixtures.settings(s -> s.withCommentsPerHour(3));
        for (int i = 1; i <= 3; i++) {
            visitor("Comment number " + i);
        }
        assertThatThrownBy(() -> visitor("Comment number 4"))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("limit of 3 comments an hour");
        clock.advance(Duration.ofHours(1));
        assertThat(visitor("Comment number 5").status()).isNotNull();
    }

    @Test
    void theHoneypotAndAFormSentFasterThanAPersonTypesAreRefused() {
        assertThatThrownBy(() -> fixtures.as(null, () -> comments.post(new NewComment(CommentableItem.Kind.ARTICLE,
                article, null, "Bot", "bot@example.test", "", "Hi", false, false, "http://spam.example",
                clock.instant().minusSeconds(30), "192.0.2.1"))))
                .isInstanceOf(CommentRefusedException.class);
        assertThatThrownBy(() -> fixtures.as(null, () -> comments.post(new NewComment(CommentableItem.Kind.ARTICLE,
                article, null, "Bot", "bot@example.test", "", "Hi", false, false, "",
                clock.instant().minusMillis(500), "192.0.2.1"))))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("quicker than a person");
        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isZero();
    }

    @Test
    void visitorsNeedNameAndEmailAndGuestCommentsCanBeTurnedOff() {
        assertThatThrownBy(() -> fixtures.asVisitor(article, " ", "sam@example.test", "", "Hi"))
                .isInstanceOf(CommentRefusedException.class)
                .satisfies(e -> assertThat(((CommentRefusedException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> fixtures.asVisitor(article, "Sam", "not-an-email", "", "Hi"))
                .isInstanceOf(CommentRefusedException.class)
                .satisfies(e -> assertThat(((CommentRefusedException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> fixtures.asVisitor(article, "Sam", "sam@example.test", "javascript:alert(1)", "Hi"))
                .isInstanceOf(CommentRefusedException.class)
                .satisfies(e -> assertThat(((CommentRefusedException) e).field()).isEqualTo("website"));

        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), false,
                s.moderateAll(), s.holdLinkCount(), s.moderationWords(), s.disallowedWords(), s.mailSender(),
                s.commentsPerHour(), s.version()));
        assertThatThrownBy(() -> visitor("Hello")).isInstanceOf(CommentRefusedException.class)
                .hasMessageContaining("sign in");
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        assertThat(fixtures.as(runner, () -> fixtures.post(article, null, "", "", "", "Members still can.",
                "192.0.2.9")).status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void tooLongTextIsRefusedNeverTruncatedAndEmojiRoundTrip() {
        String longest = "🏃".repeat(CommentText.MAX_LENGTH);
        assertThatThrownBy(() -> visitor(longest + "!")).isInstanceOf(CommentRefusedException.class)
                .hasMessageContaining("up to 5000 characters");
        PostedComment ok = visitor(longest);
        assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, ok.id()))
                .isEqualTo(longest);
        String mixed = "Toes 🦶🏽 and ankles 🧘‍♀️ — 𝒻𝓁𝑒𝓍 ✔";
        PostedComment emoji = fixtures.asVisitor(article, "Jo 🏃‍♀️", "jo@example.test", "", mixed);
        assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, emoji.id()))
                .isEqualTo(mixed);
        assertThat(jdbc.queryForObject("select author_name from comments where id = ?", String.class, emoji.id()))
                .isEqualTo("Jo 🏃‍♀️");
    }

    @Test
    void theArticlesAuthorAndAdminsAreApprovedAtOnceAndInstructorsMayAnswerAsInstructor() {
        PostedComment question = visitor("How long should I hold the toe stretch?");
        approve(question.id());
        PostedComment answer = fixtures.as(coach, () -> comments.post(new NewComment(CommentableItem.Kind.ARTICLE,
                article, question.id(), "", "", "", "Start with five breaths and build up.", false, true, "",
                clock.instant().minusSeconds(10), "192.0.2.50")));

        assertThat(answer.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(jdbc.queryForObject("select as_instructor from comments where id = ?", Boolean.class, answer.id()))
                .isTrue();
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        clock.advance(Duration.ofSeconds(20));
        PostedComment runnerReply = fixtures.as(runner, () -> comments.post(new NewComment(
                CommentableItem.Kind.ARTICLE, article, question.id(), "", "", "", "Same question here", false, true,
                "", clock.instant().minusSeconds(10), "192.0.2.51")));
        assertThat(jdbc.queryForObject("select as_instructor from comments where id = ?", Boolean.class,
                runnerReply.id())).as("runners can't claim the badge").isFalse();
    }

    @Test
    void theRulesClassJudgesWithoutTheDatabase() {
        ModerationRules rules = new ModerationRules();
        var settings = new app.limber.settings.Settings("Limber", false, true, false, 2, "", "", "", 10, 0);
        var now = java.time.Instant.parse("2026-05-01T10:00:00Z");
        var trusted = new ModerationRules.Candidate("Sam", "sam@example.test", "", "Hello", false, true, "",
                now.minusSeconds(60), now);
        assertThat(rules.judge(settings, trusted).status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(rules.judge(settings, new ModerationRules.Candidate("Sam", "sam@example.test", "", "Hello", false,
                false, "", now.minusSeconds(60), now)).reason()).isEqualTo(ModerationReason.FIRST_COMMENT);
        assertThat(List.of(CommentText.links("see https://a.example/x. and www.b.example, ok"))).singleElement()
                .isEqualTo(List.of("https://a.example/x", "www.b.example"));
    }

    private static app.limber.settings.Settings withWords(app.limber.settings.Settings s, String moderation,
            String disallowed) {
        return new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), s.guestComments(),
                s.moderateAll(), s.holdLinkCount(), moderation, disallowed, s.mailSender(), s.commentsPerHour(),
                s.version());
    }
}
