package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.AuditEntry;
import app.limber.account.AuditFilter;
import app.limber.account.AccountService;
import app.limber.account.AuditLogQuery;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.ArticleDraft;
import app.limber.content.ArticleService;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditLogQuery log;

    @Autowired
    RoutineService routines;

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService account;

    SignedInPerson maya;
    SignedInPerson admin;

    @BeforeEach
    void people() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
    }

    @Test
    void publishingSchedulingAndArchivingAreLoggedWithWhoAndWhat() {
        actAs(maya);
        RoutineDraft routine = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        routine = routines.publishNow(routine.getId(), routine.getVersion());
        routines.archive(routine.getId(), routine.getVersion());
        ArticleDraft article = articles.load(articles.createDraft("Why your big toe matters")).orElseThrow();
        articles.schedule(article.getId(), article.getVersion(), clock.instant().plus(Duration.ofDays(2)));

        actAs(admin);
        var entries = log.page(AuditFilter.none(), PageRequest.of(0, 50));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("content.scheduled", "content.archived", "content.published");
        assertThat(entries).extracting(AuditEntry::actorName).containsOnly("Maya Lindqvist");
        assertThat(entries.get(0).subjectType()).isEqualTo("article");
        assertThat(entries.get(0).subjectLabel()).isEqualTo("Why your big toe matters");
        assertThat(entries.get(2).subjectLabel()).isEqualTo("Post-run toe stretch");
    }

    @Test
    void changingOnesOwnPasswordAndEmailIsLoggedButARefusedChangeIsNot() {
        actAs(maya);
        assertThatThrownBy(() -> account.changePassword("not my password", "a long new password"))
                .isInstanceOf(RuntimeException.class);
        account.changePassword("secret-password", "a long new password");
        account.changeEmail("a long new password", "maya@studio.example");

        actAs(admin);
        var entries = log.page(AuditFilter.none(), PageRequest.of(0, 50));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("account.email-changed", "account.password-changed");
        assertThat(entries).extracting(AuditEntry::actorName).containsOnly("Maya Lindqvist");
        assertThat(entries.get(0).details()).isEqualTo("from maya@example.test to maya@studio.example");
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        actAs(maya);
        RoutineDraft routine = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        long stale = routine.getVersion() - 1;
        assertThatThrownBy(() -> routines.publishNow(routine.getId(), stale)).isInstanceOf(RuntimeException.class);

        actAs(admin);
        assertThat(log.count(AuditFilter.none())).isZero();
    }

    @Test
    void filtersByActionActorSubjectAndTime() {
        actAs(maya);
        RoutineDraft first = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        routines.publishNow(first.getId(), first.getVersion());
        clock.advance(Duration.ofDays(3));
        Instant later = clock.instant();
        RoutineDraft second = routines.load(routines.createDraft("Runner's sun salute")).orElseThrow();
        second = routines.publishNow(second.getId(), second.getVersion());
        routines.archive(second.getId(), second.getVersion());

        actAs(admin);
        assertThat(log.count(new AuditFilter("content.published", "", "", null, null))).isEqualTo(2);
        assertThat(log.count(new AuditFilter(null, "lindq", "", null, null))).isEqualTo(3);
        assertThat(log.count(new AuditFilter(null, "nobody", "", null, null))).isZero();
        assertThat(log.count(new AuditFilter(null, "", "SUN SAL", null, null))).isEqualTo(2);
        assertThat(log.count(new AuditFilter(null, "", "", later, null))).isEqualTo(2);
        assertThat(log.count(new AuditFilter(null, "", "", null, later))).isEqualTo(1);
        assertThat(log.count(new AuditFilter(null, "", "100%", null, null))).isZero();
    }

    @Test
    void onlyAdminsReadTheLog() {
        actAs(maya);
        assertThatThrownBy(() -> log.page(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> log.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
