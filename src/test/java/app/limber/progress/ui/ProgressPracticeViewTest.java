package app.limber.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import app.limber.progress.PracticeHistory;
import app.limber.progress.ResultEntry;
import app.limber.progress.SelfTestDraft;
import app.limber.progress.SelfTestService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressPracticeViewTest extends UiTest {

    @Autowired
    SelfTestService selfTests;

    static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    SignedInPerson maya;
    SignedInPerson sam;

    @BeforeEach
    void samHasPractised() {
        clock.set(Instant.parse("2026-03-11T18:00:00Z"));
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        new PracticeHistory(jdbc, maya.personId(), sam.personId(), TODAY.minusDays(20))
                .completed(LocalDate.of(2026, 2, 20), 25)
                .completed(TODAY.minusDays(1), 30)
                .completed(TODAY, 12);
        loginAs(sam);
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> type, String className) {
        var found = _get(type, spec -> spec.withClasses(className));
        return found instanceof Markup markup ? MarkupInTests.text(markup) : found.getElement().getTextRecursively();
    }

    @Test
    void theRunnerSeesStreaksAndThisMonthsCalendarWithPractisedDaysMarked() {
        navigateTo("progress");

        assertThat(text(Markup.class, "streaks"))
                .contains("Current streak", "2 days", "Longest streak");
        assertThat(_get(PracticeCalendar.class, spec -> spec.withClasses("practice-calendar")).shownMonth())
                .isEqualTo(java.time.YearMonth.of(2026, 3));
        assertThat(_get(H3.class, spec -> spec.withId("practice-calendar-title")).getText()).isEqualTo("March 2026");
        PracticeCalendar calendar = _get(PracticeCalendar.class);
        Markup month = _get(calendar, Markup.class);
        assertThat(MarkupInTests.select(month, "td.practised")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("10, practised 30 min", "11, practised 12 min");
        assertThat(MarkupInTests.select(month, "td.today")).singleElement()
                .satisfies(today -> assertThat(today.attr("aria-current")).isEqualTo("date"));
        assertThat(MarkupInTests.select(month, ".calendar-summary").getFirst().text())
                .isEqualTo("Practised on 2 days, 42 minutes in all.");
    }

    @Test
    void theCalendarPagesToEarlierMonthsAndNotIntoTheFuture() {
        navigateTo("progress");
        Button next = _get(Button.class, spec -> spec.withAttribute("aria-label", "Next month"));
        assertThat(next.isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Previous month")));

        assertThat(_get(H3.class, spec -> spec.withId("practice-calendar-title")).getText()).isEqualTo("February 2026");
        assertThat(MarkupInTests.select(_get(_get(PracticeCalendar.class), Markup.class), "td.practised"))
                .extracting(org.jsoup.nodes.Element::text).containsExactly("20, practised 25 min");
        assertThat(next.isEnabled()).isTrue();
        _click(next);
        assertThat(_get(H3.class, spec -> spec.withId("practice-calendar-title")).getText()).isEqualTo("March 2026");
    }

    @Test
    void minutesPerWeekAreChartedWithTheNumbersInATable() {
        navigateTo("progress");

        ProgressChart weekly = _get(ProgressChart.class, spec -> spec.withClasses("weekly-minutes"));
        assertThat(weekly.drawnJson()).contains("\"type\":\"bar\"", "\"9 Mar\"", "42]");
        assertThat(_find(weekly, Markup.class)).as("the table is sent when it is opened, not before").isEmpty();

        MarkupInTests.open(_get(weekly, com.vaadin.flow.component.html.NativeDetails.class));
        assertThat(MarkupInTests.text(_get(weekly, Markup.class)))
                .contains("Week starting", "16 Feb", "25", "9 Mar", "42");
    }

    @Test
    void theProgressPageTakesAFewStatementsHoweverMuchHistoryThereIs() {
        actAs(maya);
        long knee = selfTests.save(kneeToWall()).getId();
        SelfTestDraft toes = SelfTestDraft.blank();
        toes.setName("Toe stiffness");
        toes.setUnit("score");
        selfTests.save(toes);
        loginAs(sam);
        for (int week = 0; week < 8; week++) {
            for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
                ResultEntry entry = new ResultEntry(knee, 0, 0);
                entry.setValue(BigDecimal.valueOf(6 + week * 0.4));
                entry.setSide(side);
                entry.setMeasuredOn(TODAY.minusWeeks(week));
                selfTests.record(entry);
            }
        }

        long statements = statementsDuring(() -> navigateTo("progress"));

        assertThat(_find(SelfTestPanel.class)).hasSize(2);
        // Practice: every practised day (streaks, this month, 12 weeks) in one query; the self-tests with the
        // runner's results in one; the newest page of the session log with its total in one more.
        assertThat(statements).isEqualTo(3);
    }

    private static SelfTestDraft kneeToWall() {
        SelfTestDraft knee = SelfTestDraft.blank();
        knee.setName("Knee-to-wall");
        knee.setUnit("cm");
        knee.setPerSide(true);
        return knee;
    }

    @Test
    void aRunnerWithoutHistorySeesZerosAndAnEmptyMonth() {
        loginAs(Role.RUNNER);
        navigateTo("progress");

        assertThat(text(Markup.class, "streaks")).contains("0 days");
        assertThat(MarkupInTests.select(_get(_get(PracticeCalendar.class), Markup.class), ".calendar-summary")
                .getFirst().text()).isEqualTo("No sessions completed in March 2026.");
        assertThat(MarkupInTests.select(_get(_get(PracticeCalendar.class), Markup.class), ".visually-hidden")).isEmpty();
    }
}
