package app.limber.community;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import app.limber.content.CommentableItem;
import app.limber.content.CommentableItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo article carries a discussion: approved comments and replies, two pending, one spam. */
@TestPropertySource(properties = "limber.demo=true")
class DemoCommentsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CommentService comments;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentableItems items;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theDemoArticleHasADiscussionWithPendingAndSpamOnce() throws Exception {
        List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
        AnnotationAwareOrderComparator.sort(runners);
        for (ApplicationRunner runner : runners) {
            runner.run(null);
        }
        context.getBean(DemoComments.class).run(null);

        CommentableItem article = items.findBySlug(CommentableItem.Kind.ARTICLE, DemoComments.ARTICLE_SLUG)
                .orElseThrow();
        Discussion discussion = comments.discussion(article.kind(), article.id(), Set.of(), false).orElseThrow();
        assertThat(discussion.comments()).hasSize(2);
        assertThat(discussion.size()).isEqualTo(6);
        assertThat(discussion.inReadingOrder()).extracting(ThreadComment::depth).containsExactly(1, 2, 3, 1, 2, 2);
        assertThat(discussion.comments().get(0).replies()).singleElement()
                .satisfies(reply -> assertThat(reply.instructor()).isTrue());

        actAs((SignedInPerson) userDetails.loadUserByUsername("admin@limber.test"));
        assertThat(moderation.counts(QueueFilter.of(CommentStatus.PENDING)))
                .containsEntry(CommentStatus.PENDING, 2L).containsEntry(CommentStatus.SPAM, 1L)
                .containsEntry(CommentStatus.APPROVED, 6L);
    }
}
