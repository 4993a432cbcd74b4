package app.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.ChangedBySomeoneElseException;
import app.limber.IntegrationTest;
import app.limber.account.PersonalData;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.content.Side;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class SelfTestServiceTest extends IntegrationTest {

    @Autowired
    SelfTestService selfTests;

    @Autowired
    TestAccounts accounts;

    @Autowired
    List<PersonalData> personalData;

    SignedInPerson maya;
    SignedInPerson sam;
    long kneeToWall;

    @BeforeEach
    void mayaDefinesKneeToWall() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        actAs(maya);
        kneeToWall = selfTests.save(kneeToWall(SelfTestDraft.blank())).getId();
    }

    static SelfTestDraft kneeToWall(SelfTestDraft draft) {
        draft.setName("Knee-to-wall");
        draft.setInstructions("Lunge facing a wall and slide the foot back while the knee still touches it.");
        draft.setUnit("cm");
        draft.setPerSide(true);
        draft.setMinValue(BigDecimal.ZERO);
        draft.setMaxValue(new BigDecimal("30"));
        return draft;
    }

    private ResultEntry entry(long testId, String value, Side side, LocalDate day) {
        ResultEntry entry = new ResultEntry(testId, 0, 0);
        entry.setValue(new BigDecimal(value));
        entry.setSide(side);
        entry.setMeasuredOn(day);
        return entry;
    }

    @Test
    void anInstructorDefinesASelfTestAndTheChangeIsAudited() {
        SelfTestDraft saved = selfTests.load(kneeToWall);
        assertThat(saved.getName()).isEqualTo("Knee-to-wall");
        assertThat(saved.isPerSide()).isTrue();
        assertThat(selfTests.list("knee", PageRequest.of(0, 10))).extracting(SelfTestSummary::name)
                .containsExactly("Knee-to-wall");
        assertThat(jdbc.queryForList("select action from audit_events", String.class))
                .containsExactly("selftest.created");
    }

    @Test
    void aSelfTestNeedsANameAUnitAndARangeThatGoesUp() {
        SelfTestDraft nameless = SelfTestDraft.blank();
        nameless.setUnit("cm");
        assertThatThrownBy(() -> selfTests.save(nameless)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Give the self-test a name");

        SelfTestDraft backwards = kneeToWall(SelfTestDraft.blank());
        backwards.setMinValue(BigDecimal.TEN);
        backwards.setMaxValue(BigDecimal.ONE);
        assertThatThrownBy(() -> selfTests.save(backwards)).hasMessage(SelfTestDraft.RANGE_BACKWARDS);
        assertThat(selfTests.count("")).isEqualTo(1);
    }

    @Test
    void anotherInstructorCannotChangeItButAnAdminCan() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> selfTests.load(kneeToWall)).isInstanceOf(AccessDeniedException.class);
        SelfTestDraft forged = kneeToWall(new SelfTestDraft(kneeToWall, 0));
        assertThatThrownBy(() -> selfTests.save(forged)).isInstanceOf(AccessDeniedException.class);
        assertThat(selfTests.list("", PageRequest.of(0, 10))).isEmpty();

        actAs(accounts.create(Set.of(Role.ADMIN)));
        SelfTestDraft draft = selfTests.load(kneeToWall);
        draft.setUnit("centimetres");
        assertThat(selfTests.save(draft).getUnit()).isEqualTo("centimetres");
    }

    @Test
    void aStaleSaveIsRefused() {
        SelfTestDraft first = selfTests.load(kneeToWall);
        SelfTestDraft second = selfTests.load(kneeToWall);
        first.setUnit("mm");
        selfTests.save(first);
        second.setUnit("inches");
        assertThatThrownBy(() -> selfTests.save(second)).isInstanceOf(ChangedBySomeoneElseException.class);
        assertThat(selfTests.load(kneeToWall).getUnit()).isEqualTo("mm");
    }

    @Test
    void runnersCannotUseTheStudio() {
        actAs(sam);
        assertThatThrownBy(() -> selfTests.list("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfTests.save(kneeToWall(SelfTestDraft.blank())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRunnerRecordsResultsPerSideAndSeesTheTrend() {
        actAs(sam);
        LocalDate today = selfTests.todayForCaller();
        selfTests.record(entry(kneeToWall, "6", Side.LEFT, today.minusDays(28)));
        selfTests.record(entry(kneeToWall, "7.5", Side.LEFT, today.minusDays(14)));
        selfTests.record(entry(kneeToWall, "9", Side.LEFT, today));
        selfTests.record(entry(kneeToWall, "8", Side.RIGHT, today.minusDays(20)));
        selfTests.record(entry(kneeToWall, "8.1", Side.RIGHT, today));

        SelfTestHistory history = selfTests.myHistories().getFirst();
        assertThat(history.test().name()).isEqualTo("Knee-to-wall");
        assertThat(history.results()).hasSize(5);
        assertThat(history.trends().get(Side.LEFT).direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(history.trends().get(Side.RIGHT).direction()).isEqualTo(Trend.Direction.STEADY);
    }

    @Test
    void aValueOutsideTheTestsRangeOrADayInTheFutureIsRefusedAtItsField() {
        actAs(sam);
        LocalDate today = selfTests.todayForCaller();

        assertThatThrownBy(() -> selfTests.record(entry(kneeToWall, "31", Side.LEFT, today)))
                .isInstanceOfSatisfying(ResultRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(ResultRefusedException.Field.VALUE);
                    assertThat(refused).hasMessage("The highest value for this test is 30 cm");
                });
        assertThatThrownBy(() -> selfTests.record(entry(kneeToWall, "8", Side.LEFT, today.plusDays(1))))
                .isInstanceOfSatisfying(ResultRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo(ResultRefusedException.Field.DAY));
        assertThatThrownBy(() -> selfTests.record(entry(kneeToWall, "8", Side.BOTH, today)))
                .isInstanceOfSatisfying(ResultRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo(ResultRefusedException.Field.SIDE));
        assertThat(selfTests.myHistories().getFirst().results()).isEmpty();
    }

    @Test
    void todayIsTheRunnersOwnDay() {
        // Noon UTC on 10 March is already 11 March in Auckland.
        SignedInPerson kiwi = new SignedInPerson(sam.personId(), sam.email(), sam.displayName(), Set.of(Role.RUNNER),
                true, null, "Pacific/Auckland");
        actAs(kiwi);
        assertThat(selfTests.todayForCaller()).isEqualTo(LocalDate.of(2026, 3, 10).plusDays(1));
        selfTests.record(entry(kneeToWall, "8", Side.LEFT, LocalDate.of(2026, 3, 11)));
    }

    @Test
    void aRunnerSeesAndChangesOnlyTheirOwnResults() {
        actAs(sam);
        ResultRow mine = selfTests.record(entry(kneeToWall, "8", Side.LEFT, selfTests.todayForCaller()));

        SignedInPerson jo = accounts.create(Set.of(Role.RUNNER));
        actAs(jo);
        assertThat(selfTests.myHistories().getFirst().results()).isEmpty();
        ResultEntry forged = ResultEntry.of(mine);
        forged.setValue(BigDecimal.ONE);
        assertThatThrownBy(() -> selfTests.update(forged)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfTests.delete(mine.id())).isInstanceOf(AccessDeniedException.class);

        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThatThrownBy(() -> selfTests.delete(mine.id())).isInstanceOf(AccessDeniedException.class);

        actAs(sam);
        ResultEntry change = ResultEntry.of(mine);
        change.setValue(new BigDecimal("8.25"));
        change.setNote("After a long run");
        assertThat(selfTests.update(change).value()).isEqualByComparingTo("8.25");
        selfTests.delete(mine.id());
        assertThat(selfTests.myHistories().getFirst().results()).isEmpty();
    }

    @Test
    void aRunnerReadsTheirNewestResultsAPageAtATimeAndOneResultByIdOnlyTheirOwn() {
        actAs(sam);
        LocalDate today = selfTests.todayForCaller();
        for (int week = 3; week >= 0; week--) {
            selfTests.record(entry(kneeToWall, Integer.toString(6 + week), Side.LEFT, today.minusWeeks(week)));
        }
        ResultRow newest = selfTests.myNewestResults(kneeToWall, 2).getFirst();

        assertThat(selfTests.myNewestResults(kneeToWall, 2)).extracting(ResultRow::measuredOn)
                .containsExactly(today, today.minusWeeks(1));
        assertThat(selfTests.myNewestResults(kneeToWall, 10)).hasSize(4);
        assertThat(selfTests.myResult(newest.id())).isEqualTo(newest);
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThat(selfTests.myNewestResults(kneeToWall, 10)).isEmpty();
        assertThatThrownBy(() -> selfTests.myResult(newest.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRunnersTestsAndResultsComeInOneStatement() {
        actAs(sam);
        selfTests.record(entry(kneeToWall, "8", Side.LEFT, selfTests.todayForCaller()));
        selfTests.record(entry(kneeToWall, "9", Side.RIGHT, selfTests.todayForCaller()));

        assertThat(statementsDuring(() -> assertThat(selfTests.myHistories()).singleElement()
                .satisfies(history -> assertThat(history.results()).hasSize(2)))).isEqualTo(1);
    }

    @Test
    void aChangeFromAStaleFormIsRefusedAndTheNewerValueKept() {
        actAs(sam);
        ResultRow recorded = selfTests.record(entry(kneeToWall, "8", Side.LEFT, selfTests.todayForCaller()));
        ResultEntry firstTab = ResultEntry.of(recorded);
        ResultEntry secondTab = ResultEntry.of(recorded);
        firstTab.setValue(new BigDecimal("8.5"));
        selfTests.update(firstTab);
        secondTab.setValue(new BigDecimal("9"));

        assertThatThrownBy(() -> selfTests.update(secondTab)).isInstanceOf(ChangedBySomeoneElseException.class);
        assertThat(selfTests.myHistories().getFirst().results()).singleElement()
                .satisfies(row -> assertThat(row.value()).isEqualByComparingTo("8.5"));
    }

    @Test
    void aRetiredTestTakesNoNewResultsButStillShowsTheRunnersHistory() {
        actAs(sam);
        selfTests.record(entry(kneeToWall, "8", Side.LEFT, selfTests.todayForCaller()));
        actAs(maya);
        SelfTestDraft draft = selfTests.load(kneeToWall);
        draft.setActive(false);
        selfTests.save(draft);

        actAs(sam);
        assertThat(selfTests.myHistories()).singleElement().satisfies(h -> assertThat(h.test().active()).isFalse());
        assertThatThrownBy(() -> selfTests.record(entry(kneeToWall, "9", Side.LEFT, selfTests.todayForCaller())))
                .hasMessageContaining("retired");
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThat(selfTests.myHistories()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resultsAreExportedAndForgottenWithTheAccount() {
        actAs(sam);
        selfTests.record(entry(kneeToWall, "8.5", Side.LEFT, selfTests.todayForCaller()));
        PersonalData results = personalData.stream().filter(p -> p.section().equals("selfTestResults"))
                .findFirst().orElseThrow();

        List<Map<String, Object>> exported = (List<Map<String, Object>>) results.exportFor(sam.personId(), java.time.ZoneOffset.UTC);
        assertThat(exported).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("selfTest", "Knee-to-wall").containsEntry("value", "8.50").containsEntry("unit", "cm"));
        assertThat((List<?>) results.exportFor(maya.personId(), java.time.ZoneOffset.UTC)).isEmpty();

        new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> results.forget(sam.personId()));
        assertThat(jdbc.queryForObject("select count(*) from self_test_results", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from self_tests", Long.class)).isOne();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    app.limber.program.SelfTestCatalog catalog;

    @Test
    void theProgramEditorIsOfferedTheActiveSelfTestsByName() {
        SelfTestDraft toes = SelfTestDraft.blank();
        toes.setName("Big toe stiffness");
        toes.setUnit("score");
        long toesId = selfTests.save(toes).getId();
        SelfTestDraft retired = SelfTestDraft.blank();
        retired.setName("Old ankle test");
        retired.setUnit("cm");
        retired.setActive(false);
        selfTests.save(retired);

        assertThat(catalog.selfTests()).containsExactly(
                new app.limber.program.SelfTestCatalog.SelfTestOption(toesId, "Big toe stiffness"),
                new app.limber.program.SelfTestCatalog.SelfTestOption(kneeToWall, "Knee-to-wall"));
    }
}
