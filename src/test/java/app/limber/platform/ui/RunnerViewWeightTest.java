package app.limber.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import app.limber.progress.PracticeHistory;
import app.limber.progress.ResultEntry;
import app.limber.progress.SelfTestDraft;
import app.limber.progress.SelfTestService;
import app.limber.program.SessionFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a runner's tab costs the server on each runner view, for a runner with months of history (120 finished
 * sessions, the last ten with notes; the demo's three self-tests with their instructions and 60 results, more than
 * the demo runner's history that the UIDL benchmark copies to its runners): the JSON of the response that opens the view (the whole page on a first load,
 * the view alone when coming from Today) stays within {@value #RESPONSE_BUDGET} bytes, the number of state nodes the
 * UI keeps is printed, and so is the live heap each more open tab on the view takes (a figure, not asserted).
 */
class RunnerViewWeightTest extends UiTest {

    /** No single UIDL response on a runner view above 40 KB. */
    static final int RESPONSE_BUDGET = 40 * 1024;

    @Autowired
    SelfTestService selfTests;

    SignedInPerson runner;
    List<String> views;

    @BeforeEach
    void aRunnerWithMonthsOfHistory() {
        clock.set(Instant.parse("2026-06-10T07:00:00Z"));
        LocalDate today = LocalDate.of(2026, 6, 10);
        SessionFixtures fixtures = new SessionFixtures(jdbc);
        SignedInPerson maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        runner = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        // 120 finished sessions over two 60-day programs, one every day but a few, the latest yesterday
        PracticeHistory first = new PracticeHistory(jdbc, maya.personId(), runner.personId(), today.minusDays(140));
        PracticeHistory second = new PracticeHistory(jdbc, maya.personId(), runner.personId(), today.minusDays(70));
        for (int i = 0; i < 60; i++) {
            first.completed(today.minusDays(140 - i), 15 + i % 20);
            second.completed(today.minusDays(70 - i), 10 + i % 25);
        }
        long sunSalute = fixtures.routine(maya.personId(), "Runner's Sun Salute", 60, -5, 45, 30);
        long toeStretch = fixtures.routine(maya.personId(), "Post-run toe stretch", 90, 30, 45);
        long program = fixtures.program(maya.personId(), "Back on track", 30);
        fixtures.days(program, 30, List.of(sunSalute, toeStretch), 7, 14, 21, 28);
        long enrolment = fixtures.enrol(runner.personId(), program, today.minusDays(3));

        // The newest ten finished sessions have a feel score and a note, as the demo runner's do
        jdbc.update("""
                update session_completions set feel = 1 + day_number % 5,
                    note = 'Toes tucked under was intense. Used a folded blanket under the knees, better.'
                where person_id = ? and completed_on > ?""", runner.personId(), today.minusDays(21));

        // The demo coach's three self-tests, with instructions as long as the demo's, and twelve weeks of results
        // (the demo runner has seven): 60 results, more than the 35 a bench runner copies from the demo runner
        actAs(maya);
        long knee = selfTests.save(test("Knee-to-wall", "cm", true)).getId();
        long toes = selfTests.save(test("Big toe stiffness", "score (0-10)", false)).getId();
        long range = selfTests.save(test("Seated point-and-flex range", "score (0-10)", true)).getId();
        actAs(runner);
        for (int week = 0; week < 12; week++) {
            String note = week == 11 ? "First time measuring." : "";
            record(knee, Side.LEFT, 6 + week * 0.4, today.minusWeeks(week), note);
            record(knee, Side.RIGHT, 7 + week * 0.3, today.minusWeeks(week), note);
            record(toes, Side.BOTH, 7 - week % 4, today.minusWeeks(week), note);
            record(range, Side.LEFT, 4 + week % 5, today.minusWeeks(week), note);
            record(range, Side.RIGHT, 5 + week % 4, today.minusWeeks(week), note);
        }
        loginAs(runner);
        views = List.of("today", "progress", "account", "session/" + enrolment + "-4");
    }

    private static SelfTestDraft test(String name, String unit, boolean perSide) {
        SelfTestDraft draft = SelfTestDraft.blank();
        draft.setName(name);
        draft.setUnit(unit);
        draft.setPerSide(perSide);
        draft.setMinValue(BigDecimal.ZERO);
        draft.setMaxValue(BigDecimal.valueOf(30));
        draft.setInstructions(INSTRUCTIONS);
        return draft;
    }

    /** As long as the demo self-tests' instructions (about 400 characters). */
    static final String INSTRUCTIONS = """
            Face a wall in a half-kneeling lunge, front foot a hand's width from the wall. Keeping the heel down, \
            bend the front knee forward until it touches the wall. Move the foot back a little at a time until the \
            knee only just reaches the wall with the heel still down, then measure from the tip of your big toe to \
            the wall. Do both sides.""";

    private void record(long testId, Side side, double value, LocalDate on, String note) {
        ResultEntry entry = new ResultEntry(testId, 0, 0);
        entry.setValue(BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP));
        entry.setSide(side);
        entry.setMeasuredOn(on);
        entry.setNote(note);
        selfTests.record(entry);
    }

    /** The JSON the server answers with now for the current UI (and so the changes it has sent). */
    private static String response() {
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString();
    }

    /**
     * The size of the response as the production jar sends it: in development mode (as in tests) Vaadin adds the Java
     * class of each new component ("jc"), which production leaves out.
     */
    private static int bytes(String json) {
        var response = JacksonUtils.readTree(json);
        var changes = response.get("changes");
        if (changes instanceof tools.jackson.databind.node.ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if ("jc".equals(list.get(i).path("key").asString(""))) {
                    list.remove(i);
                }
            }
        }
        return response.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static int stateNodes() {
        AtomicInteger nodes = new AtomicInteger();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes.incrementAndGet());
        return nodes.get();
    }

    /** A fresh tab that opens this view directly: its first response holds the layout and the view. */
    private String firstLoad(String path) {
        UI.getCurrent().getPage().reload();
        response();
        navigateTo(path);
        return response();
    }

    /** Leaves the response in target/runner-view-responses/ to read when a view grows. */
    private static void keepForReading(String path, String json) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "runner-view-responses");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.writeString(directory.resolve(path.replaceAll("[^a-z0-9]+", "-") + ".json"), json);
        } catch (java.io.IOException notWritten) {
            System.out.println("could not keep the response of /" + path + ": " + notWritten);
        }
    }

    @Test
    void everyRunnerViewAnswersWithinTheResponseBudget() {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> fromToday = new LinkedHashMap<>();
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String path : views) {
            String json = firstLoad(path);
            keepForReading(path, json);
            first.put(path, bytes(json));
            nodes.put(path, stateNodes());
            navigateTo("today");
            response();
            navigateTo(path);
            fromToday.put(path, bytes(response()));
        }
        views.forEach(path -> System.out.printf("runner view /%s: first load %d bytes, from /today %d bytes,"
                + " %d state nodes%n", path, first.get(path), fromToday.get(path), nodes.get(path)));
        assertThat(first).allSatisfy((path, size) -> assertThat(size).as("first load of /" + path)
                .isLessThanOrEqualTo(RESPONSE_BUDGET));
        assertThat(fromToday).allSatisfy((path, size) -> assertThat(size).as("/today → /" + path)
                .isLessThanOrEqualTo(RESPONSE_BUDGET));
    }

    static final int TABS = 30;

    /**
     * Opens {@value #TABS} more tabs on each view in this session, as a runner's browser would (each a UI of its own
     * with the response it was last sent, which Vaadin keeps for resending), and prints the live heap per tab after a
     * full GC. A figure for docs/performance.md, not a test of the garbage collector. Tests run Vaadin in development
     * mode, which also remembers where each component was created: the figure is higher than the production jar's
     * and is for comparing views and versions.
     */
    @Test
    void printsTheLiveHeapOfAnOpenTabOnEachRunnerView() {
        UI first = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        // Warm up (classes, query plans, caches), so that what is measured is the tabs
        for (int round = 0; round < 3; round++) {
            List<TabAndResponse> warmUp = views.stream().map(path -> openTab(session, path)).toList();
            warmUp.forEach(tab -> tab.ui().accessSynchronously(() -> session.removeUI(tab.ui())));
        }
        UI.setCurrent(first);
        Map<String, Long> perTab = new LinkedHashMap<>();
        for (String path : views) {
            List<TabAndResponse> kept = new java.util.ArrayList<>();
            long before = liveHeap(memory);
            for (int tab = 0; tab < TABS; tab++) {
                kept.add(openTab(session, path));
            }
            long after = liveHeap(memory);
            perTab.put(path, (after - before) / TABS / 1024);
            kept.forEach(tab -> tab.ui().accessSynchronously(() -> session.removeUI(tab.ui())));
            UI.setCurrent(first);
        }
        perTab.forEach((path, kb) -> System.out.printf("runner view /%s: %d KB live heap per open tab%n", path, kb));
        assertThat(perTab).hasSize(views.size());
    }

    private record TabAndResponse(UI ui, String response) {
    }

    /** A new tab in this session showing the view, with the response that showed it. */
    private static TabAndResponse openTab(VaadinSession session, String path) {
        UI tab = new com.github.mvysny.kaributesting.v10.mock.MockedUI();
        tab.getInternals().setSession(session);
        UI.setCurrent(tab);
        tab.doInit(com.vaadin.flow.server.VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(tab);
        tab.navigate(path);
        return new TabAndResponse(tab, new UidlWriter().createUidl(tab, false).toString());
    }

    private static long liveHeap(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
