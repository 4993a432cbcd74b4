package app.limber.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import app.limber.progress.ResultEntry;
import app.limber.progress.SelfTestDraft;
import app.limber.progress.SelfTestService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressViewTest extends UiTest {

    @Autowired
    SelfTestService selfTests;

    SignedInPerson sam;
    long kneeToWall;
    long toeStiffness;

    @BeforeEach
    void twoSelfTests() {
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        loginAs(accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR)));
        SelfTestDraft knee = SelfTestDraft.blank();
        knee.setName("Knee-to-wall");
        knee.setUnit("cm");
        knee.setPerSide(true);
        knee.setMinValue(BigDecimal.ZERO);
        knee.setMaxValue(new BigDecimal("30"));
        kneeToWall = selfTests.save(knee).getId();
        SelfTestDraft toes = SelfTestDraft.blank();
        toes.setName("Toe stiffness");
        toes.setUnit("score");
        toes.setHigherIsBetter(false);
        toes.setMinValue(BigDecimal.ZERO);
        toes.setMaxValue(BigDecimal.TEN);
        toes.setInstructions("Kneel and sit back towards your heels with your toes tucked under.");
        toeStiffness = selfTests.save(toes).getId();
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        loginAs(sam);
    }

    private SelfTestPanel panel(long testId) {
        return _find(SelfTestPanel.class).stream().filter(p -> p.test().id() == testId).findFirst().orElseThrow();
    }

    private static Markup summary(SelfTestPanel panel) {
        return _get(panel, Markup.class, spec -> spec.withClasses("self-test-summary"));
    }

    private void openRecordDialog(long testId, String name) {
        MarkupInTests.click(summary(panel(testId)), "Record a result for " + name);
    }

    private static Markup results(SelfTestPanel panel) {
        return _get(panel, Markup.class, spec -> spec.withClasses("self-test-results"));
    }

    private void record(String value, Side side) {
        _get(BigDecimalField.class, spec -> spec.withLabel("Value")).setValue(new BigDecimal(value));
        if (side != Side.BOTH) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Side> sides = _get(RadioButtonGroup.class, spec -> spec.withLabel("Side"));
            sides.setValue(side);
        }
        _click(_get(Button.class, spec -> spec.withText("Record")));
    }

    @Test
    void aRunnerRecordsAResultAndSeesItInTheTableAndTheChart() {
        navigateTo("progress");
        openRecordDialog(kneeToWall, "Knee-to-wall");
        record("8.5", Side.LEFT);

        assertThat(_find(Dialog.class)).isEmpty();
        SelfTestPanel panel = panel(kneeToWall);
        assertThat(MarkupInTests.text(results(panel))).contains("Left", "8.5 cm");
        assertThat(panel.chart().drawnJson()).contains("\"label\":\"Left\"", "\"y\":[8.5]");
        assertThat(selfTests.myHistories().getFirst().results()).hasSize(1);
    }

    @Test
    void theChartIsDrawnByChartJsWithTheTrendLine() {
        actAs(sam);
        for (int week = 4; week >= 0; week--) {
            ResultEntry entry = ResultEntry.newFor(selfTests.myHistories().get(1).test(),
                    selfTests.todayForCaller().minusWeeks(week));
            entry.setValue(BigDecimal.valueOf(7 - week));
            selfTests.record(entry);
        }
        navigateTo("progress");

        SelfTestPanel panel = panel(toeStiffness);
        assertThat(panel.chart().drawnJson()).contains("\"trend\":true");
        assertThat(MarkupInTests.select(summary(panel), ".self-test-trend")).singleElement()
                .satisfies(trend -> assertThat(trend.text()).isEqualTo("Trend: getting worse."));
        assertThat(panel.chart().getElement().getChild(0).getAttribute("aria-label"))
                .contains("Toe stiffness", "getting worse");
    }

    @Test
    void aLongHistoryShowsTheNewestResultsFirstAndTheRestOnRequest() {
        actAs(sam);
        for (int day = 12; day >= 0; day--) {
            ResultEntry entry = ResultEntry.newFor(selfTests.myHistories().get(1).test(),
                    selfTests.todayForCaller().minusDays(day));
            entry.setValue(BigDecimal.valueOf(day % 10));
            selfTests.record(entry);
        }
        navigateTo("progress");

        SelfTestPanel panel = panel(toeStiffness);
        assertThat(MarkupInTests.select(results(panel), "tbody tr")).hasSize(SelfTestPanel.RECENT);
        assertThat(MarkupInTests.select(results(panel), "tbody tr").getFirst().text()).startsWith("10 Mar 2026");
        long statements = statementsDuring(() -> MarkupInTests.clickText(results(panel), "Show 8 more results"));
        assertThat(statements).as("the next rows, in one query").isEqualTo(1);
        assertThat(MarkupInTests.select(results(panel), "tbody tr")).hasSize(13);
        assertThat(MarkupInTests.select(results(panel), "tbody tr").getLast().text()).startsWith("26 Feb 2026");
        assertThat(MarkupInTests.select(results(panel), "button.show-more")).isEmpty();
        // the chart draws every result, oldest first, whatever the table shows
        assertThat(panel.chart().drawnJson()).contains("\"y\":[2,1,0,9,8,7,6,5,4,3,2,1,0]");
    }

    @Test
    void theInstructionsAreSentWhenTheRunnerAsksForThem() {
        navigateTo("progress");
        Markup summary = summary(panel(toeStiffness));
        assertThat(MarkupInTests.text(summary)).doesNotContain("Kneel and sit back");
        assertThat(MarkupInTests.select(summary, "button.how-to").getFirst().attr("aria-expanded")).isEqualTo("false");

        MarkupInTests.clickText(summary, "How to do this test");

        assertThat(MarkupInTests.text(summary)).contains("Kneel and sit back towards your heels");
        assertThat(MarkupInTests.select(summary, "button.how-to").getFirst().attr("aria-expanded")).isEqualTo("true");
        assertThat(MarkupInTests.select(summary(panel(kneeToWall)), "button.how-to")).as("no instructions, no button")
                .isEmpty();
    }

    @Test
    void aValueOutsideTheRangeIsShownAtTheFieldAndNothingIsSaved() {
        navigateTo("progress");
        openRecordDialog(toeStiffness, "Toe stiffness");
        record("11", Side.BOTH);

        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withLabel("Value"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("The highest value for this test is 10 score");
        assertThat(selfTests.myHistories()).allSatisfy(h -> assertThat(h.results()).isEmpty());
    }

    @Test
    void aFutureDayCannotBePicked() {
        navigateTo("progress");
        openRecordDialog(toeStiffness, "Toe stiffness");

        DatePicker day = _get(DatePicker.class, spec -> spec.withLabel("Day measured"));
        assertThat(day.getValue()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        assertThat(day.getMax()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
    }

    @Test
    void theLinkFromAProgramDayOpensTheRecordDialogForThatTest() {
        navigateTo("progress?test=" + toeStiffness);

        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Record Toe stiffness");
    }

    @Test
    void aRunnerChangesAndDeletesTheirResult() {
        actAs(sam);
        ResultEntry entry = ResultEntry.newFor(selfTests.myHistories().get(1).test(), selfTests.todayForCaller());
        entry.setValue(new BigDecimal("6"));
        selfTests.record(entry);
        navigateTo("progress");

        MarkupInTests.click(results(panel(toeStiffness)), "Change or delete the result of 10 Mar 2026");
        _get(BigDecimalField.class, spec -> spec.withLabel("Value")).setValue(new BigDecimal("5"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(MarkupInTests.text(results(panel(toeStiffness)))).contains("5 score");

        MarkupInTests.click(results(panel(toeStiffness)), "Change or delete the result of 10 Mar 2026");
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_find(panel(toeStiffness), Markup.class, spec -> spec.withClasses("self-test-results"))).isEmpty();
        assertThat(selfTests.myHistories().get(1).results()).isEmpty();
    }

    @Test
    void anotherRunnersResultsAreNotShown() {
        actAs(sam);
        ResultEntry entry = ResultEntry.newFor(selfTests.myHistories().get(1).test(), selfTests.todayForCaller());
        entry.setValue(new BigDecimal("6"));
        selfTests.record(entry);

        loginAs(Role.RUNNER);
        navigateTo("progress");
        assertThat(_find(Markup.class, spec -> spec.withClasses("self-test-results"))).isEmpty();
        assertThat(_find(SelfTestPanel.class)).hasSize(2);
    }
}
