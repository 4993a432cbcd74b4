package app.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TestAccounts.class)
class PracticeProgressTest extends IntegrationTest {

    @Autowired
    PracticeProgress practice;

    @Autowired
    TestAccounts accounts;

    SignedInPerson maya;
    SignedInPerson sam;

    // Wednesday 11 March 2026.
    static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @BeforeEach
    void samPractised() {
        clock.set(Instant.parse("2026-03-11T18:00:00Z"));
        maya = accounts.create(Set.of(Role.INSTRUCTOR));
        sam = accounts.create(Set.of(Role.RUNNER));
        new PracticeHistory(jdbc, maya.personId(), sam.personId(), TODAY.minusDays(40))
                .completed(TODAY.minusDays(40), 20)
                .completed(TODAY.minusDays(39), 25)
                .completed(TODAY.minusDays(12), 15)
                .completed(TODAY.minusDays(2), 20)
                .completed(TODAY.minusDays(1), 30)
                .completed(TODAY, 10);
    }

    @Test
    void theOverviewHasStreaksThisMonthAndTwelveWeeksOfMinutes() {
        actAs(sam);
        PracticeProgress.Overview overview = practice.overview();

        assertThat(overview.today()).isEqualTo(TODAY);
        assertThat(overview.currentStreak()).isEqualTo(3);
        assertThat(overview.longestStreak()).isEqualTo(3);
        assertThat(overview.month().month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(overview.month().minutes()).containsOnlyKeys(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
        assertThat(overview.weeks()).hasSize(PracticeProgress.WEEKS);
        assertThat(overview.weeks().getLast().monday()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(overview.weeks().getLast().minutes()).isEqualTo(60);
        assertThat(overview.weeks().get(10).minutes()).isZero();
        assertThat(overview.weeks().get(9).minutes()).isEqualTo(15);
        assertThat(overview.weeks().stream().mapToInt(PracticeProgress.WeekOfPractice::minutes).sum())
                .isEqualTo(120);
    }

    @Test
    void anEarlierMonthIsReadOnItsOwn() {
        actAs(sam);
        assertThat(practice.month(YearMonth.of(2025, 12)).minutes()).isEmpty();
        assertThat(practice.month(YearMonth.of(2026, 1)).minutes())
                .containsEntry(LocalDate.of(2026, 1, 30), 20).containsEntry(LocalDate.of(2026, 1, 31), 25).hasSize(2);
        assertThat(practice.month(YearMonth.of(2026, 2)).minutes()).containsOnlyKeys(LocalDate.of(2026, 2, 27));
    }

    @Test
    void anotherRunnerSeesOnlyTheirOwnPractice() {
        actAs(accounts.create(Set.of(Role.RUNNER)));
        PracticeProgress.Overview overview = practice.overview();
        assertThat(overview.currentStreak()).isZero();
        assertThat(overview.month().minutes()).isEmpty();
        assertThat(overview.weeks()).allSatisfy(week -> assertThat(week.minutes()).isZero());
    }

    @Test
    void theOverviewTakesOneStatement() {
        actAs(sam);
        assertThat(statementsDuring(() -> practice.overview())).isEqualTo(1);
        assertThat(statementsDuring(() -> practice.month(YearMonth.of(2026, 1)))).isEqualTo(1);
    }
}
