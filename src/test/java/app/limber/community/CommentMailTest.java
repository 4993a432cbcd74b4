package app.limber.community;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.CommentableItem;
import app.limber.platform.mail.OutboxDelivery;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Comment emails through a real (in-process) SMTP server, sent after the comment is stored. */
@Import({TestAccounts.class, CommentFixtures.class})
class CommentMailTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CommentService comments;

    @Autowired
    CommentModeration moderation;

    SignedInPerson coach;
    long article;

    @BeforeEach
    void anArticleToCommentOn() {
        coach = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        article = fixtures.publishedArticle(coach, "Ankles that land soft").getId();
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void theArticlesAuthorGetsAnEmailAboutANewComment() throws Exception {
        long id = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Is five breaths enough?").id();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("maya@example.test");
        assertThat(received[0].getSubject()).isEqualTo("[Limber] New comment on \"Ankles that land soft\"");
        assertThat(body(received[0])).contains("Sam commented on \"Ankles that land soft\" at Limber",
                "Is five breaths enough?", "waiting for moderation",
                "https://limber.example/articles/ankles-that-land-soft#comment-" + id)
                .doesNotContain("sam@example.test");
    }

    @Test
    void noEmailForSpamForTheAuthorsOwnCommentsOrWhenTheAuthorTurnedThemOff() {
        fixtures.settings(s -> new app.limber.settings.Settings(s.siteName(), s.registrationOpen(), s.guestComments(),
                s.moderateAll(), s.holdLinkCount(), s.moderationWords(), "casino", s.mailSender(),
                s.commentsPerHour(), s.version()));
        fixtures.asVisitor(article, "Bot", "bot@example.test", "", "casino casino");
        fixtures.as(coach, () -> fixtures.post(article, null, "", "", "", "Thanks for reading!", "192.0.2.1"));
        jdbc.update("update people set notify_new_comments = false");
        fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Hello");

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCommenterWhoOptedInHearsAboutAnApprovedReply() throws Exception {
        jdbc.update("update people set notify_new_comments = false");
        long question = fixtures.as(null, () -> {
            clock.advance(java.time.Duration.ofSeconds(20));
            return comments.post(new NewComment(CommentableItem.Kind.ARTICLE, article, null, "Sam",
                    "sam@example.test", "", "How long should I hold it?", true, false, "",
                    clock.instant().minusSeconds(10), "198.51.100.1")).id();
        });
        actAs(accounts.create(Set.of(Role.ADMIN)));
        moderation.move(Set.of(question), CommentStatus.APPROVED);
        long reply = fixtures.as(null, () -> fixtures.post(article, question, "Jo", "jo@example.test", "",
                "I do ten breaths.", "198.51.100.2")).id();
        assertThat(smtp.getReceivedMessages()).as("the reply is still pending").isEmpty();

        moderation.move(Set.of(reply), CommentStatus.APPROVED);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sam@example.test");
        assertThat(received[0].getSubject())
                .isEqualTo("[Limber] Jo replied to your comment on \"Ankles that land soft\"");
        assertThat(body(received[0])).contains("I do ten breaths.", "#comment-" + reply);
    }

    @Test
    void aFailingMailServerNeverLosesTheCommentAndOnlyDelaysTheEmail(@Autowired OutboxDelivery outbox) {
        smtp.stop();
        long id;
        try {
            id = fixtures.asVisitor(article, "Sam", "sam@example.test", "", "Still stored?").id();
            assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, id))
                    .isEqualTo("Still stored?");
            assertThat(outbox.deliverDue()).as("the mail server is away").isZero();
        } finally {
            smtp.start();
        }

        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(body(mail)).contains("Still stored?", "#comment-" + id));
    }
}
