package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TestAccounts.class)
class ScheduledPublishingTest extends IntegrationTest {

    @Autowired
    ScheduledPublishing job;

    @Autowired
    RoutineService routines;

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    @Test
    void scheduledItemsBecomePublishedOnceTheirTimeHasComeAndOnlyOnce() {
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        clock.set(nine.minus(Duration.ofDays(1)));
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        RoutineDraft routine = routines.load(routines.createDraft("Sun salutation")).orElseThrow();
        routines.schedule(routine.getId(), routine.getVersion(), nine);
        ArticleDraft article = articles.load(articles.createDraft("Feet first")).orElseThrow();
        articles.schedule(article.getId(), article.getVersion(), nine.plus(Duration.ofHours(1)));

        clock.set(nine.minusSeconds(1));
        assertThat(job.publishDue()).isZero();

        clock.set(nine);
        assertThat(job.publishDue()).isEqualTo(1);
        assertThat(routines.load(routine.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(articles.load(article.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.SCHEDULED);

        clock.set(nine.plus(Duration.ofHours(2)));
        assertThat(job.publishDue()).isEqualTo(1);
        assertThat(job.publishDue()).as("a second node running it at the same time changes nothing").isZero();
        assertThat(articles.load(article.getId()).orElseThrow().getStatus()).isEqualTo(PublishingStatus.PUBLISHED);
    }
}
