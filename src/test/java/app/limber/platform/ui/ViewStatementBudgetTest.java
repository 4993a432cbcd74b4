package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import app.limber.content.ArticleService;
import app.limber.content.VideoService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement budget of every application view: opening a view, including the first page of its grids and what
 * the first round trip to the browser renders, prepares at most five SQL statements, whatever the data behind it.
 * Views with their own, more detailed statement tests (Today, Progress, the members grid, the Studio dashboard) are
 * opened here as well so that no view is left without a budget: every runner, studio and admin view is listed (the
 * signed-out pages, login and registration, read nothing but the cached site settings). A page of a grid is at most
 * {@value #GRID_PAGE_BUDGET} statements.
 */
class ViewStatementBudgetTest extends UiTest {

    static final int VIEW_OPEN_BUDGET = 5;
    static final int GRID_PAGE_BUDGET = 2;

    @Autowired
    ArticleService articles;

    @Autowired
    VideoService videos;

    SessionFixtures fixtures;
    SignedInPerson instructor;
    long coach;
    long program;
    long routine;

    @BeforeEach
    void someContent() {
        fixtures = new SessionFixtures(jdbc);
        instructor = accounts.create(Set.of(Role.INSTRUCTOR));
        coach = instructor.personId();
        long sunSalute = fixtures.routine(coach, "Runner's Sun Salute", 60, -5);
        routine = fixtures.routine(coach, "Post-run toe stretch", 90, 30, 45);
        program = fixtures.program(coach, "Back on track", 10);
        fixtures.days(program, 10, List.of(sunSalute, routine), 3, 7);
        for (int i = 0; i < 30; i++) {
            accounts.create(Set.of(Role.RUNNER));
        }
        clock.set(Instant.parse("2026-03-05T09:00:00Z"));
    }

    /** Statements prepared while the view opens and its first response to the browser is put together. */
    private long openingCosts(String path) {
        return statementsDuring(() -> {
            navigateTo(path);
            MockVaadin.clientRoundtrip(false);
        });
    }

    /**
     * Opens every view once (which also fills per-application caches such as the site settings), then measures
     * each one, coming from another view so that each open builds its view anew.
     */
    private void assertWithinBudget(List<String> paths) {
        paths.forEach(this::openingCosts);
        Map<String, Long> costs = new LinkedHashMap<>();
        for (String path : paths) {
            costs.put(path, openingCosts(path));
        }
        costs.forEach((path, statements) -> System.out.printf("statements to open /%s: %d%n", path, statements));
        assertThat(costs).allSatisfy((path, statements) ->
                assertThat(statements).as("statements to open /" + path).isLessThanOrEqualTo(VIEW_OPEN_BUDGET));
    }

    @Test
    void runnerViews() {
        SignedInPerson runner = loginAs(Role.RUNNER);
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        assertWithinBudget(List.of("today", "progress", "account", "session/" + enrolment + "-2"));
    }

    @Test
    void studioViews() {
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        loginAs(instructor);
        long article = articles.createDraft("Why your big toe matters");
        long video = videos.createLink("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Toe stretch, close up");
        assertWithinBudget(List.of("studio", "studio/routines", "studio/articles", "studio/programs", "studio/videos",
                "studio/self-tests", "studio/routines/" + routine, "studio/programs/" + program,
                "studio/programs/" + program + "/preview/day/2",
                "studio/articles/" + article, "studio/videos/" + video, "studio/routines/new", "studio/articles/new",
                "studio/programs/new", "studio/runners/" + runner.personId()));
    }

    @Test
    void adminViews() {
        SignedInPerson admin = loginAs(Role.ADMIN);
        assertWithinBudget(List.of("admin", "admin/members", "admin/members/" + admin.personId(), "admin/comments",
                "admin/audit", "admin/settings"));
    }

    /**
     * A page of the members grid is one query; the count runs once per filter, not again when a later page or the
     * last (short) page arrives.
     */
    @Test
    void aPageOfTheMembersGridIsOneStatement() {
        loginAs(Role.ADMIN);
        navigateTo("admin/members");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        long first = statementsDuring(() -> {
            grid.setPageSize(10);
            grid.getDataCommunicator().setViewportRange(0, 10);
            MockVaadin.clientRoundtrip(false);
        });
        assertThat(first).as("the first page and the count").isLessThanOrEqualTo(GRID_PAGE_BUDGET);
        int members = grid.getDataCommunicator().getItemCount();
        assertThat(members).as("the admin, the instructor and 30 runners").isEqualTo(32);

        long middle = statementsDuring(() -> {
            grid.getDataCommunicator().setViewportRange(10, 10);
            MockVaadin.clientRoundtrip(false);
        });
        long last = statementsDuring(() -> {
            grid.getDataCommunicator().setViewportRange(30, 10);
            MockVaadin.clientRoundtrip(false);
        });

        System.out.printf("statements for a middle page of the members grid: %d, for the last page: %d%n", middle,
                last);
        assertThat(middle).as("a middle page, without counting again").isEqualTo(1);
        assertThat(last).as("the last page, without counting again").isEqualTo(1);
    }

    /**
     * /progress for a runner with history (finished sessions, three self-tests with results) opens in three
     * statements, however much there is: every practised day (streaks, the month, the weeks), the self-tests with
     * the runner's results, and the newest page of the session log with its total.
     */
    @Test
    void theProgressPageOpensInThreeStatementsWithHistory() {
        SignedInPerson runner = loginAs(Role.RUNNER);
        app.limber.progress.PracticeHistory history = new app.limber.progress.PracticeHistory(jdbc, coach,
                runner.personId(), LocalDate.parse("2026-01-01"));
        for (int day = 0; day < 40; day++) {
            history.completed(LocalDate.parse("2026-01-20").plusDays(day), 15);
        }
        for (String test : List.of("Knee-to-wall", "Big toe stiffness", "Seated point-and-flex range")) {
            long id = jdbc.queryForObject("""
                    insert into self_tests (author_id, name, unit, per_side, created_at, updated_at)
                    values (?, ?, 'cm', true, now(), now()) returning id""", Long.class, coach, test);
            for (int week = 0; week < 10; week++) {
                for (String side : List.of("LEFT", "RIGHT")) {
                    jdbc.update("""
                            insert into self_test_results (self_test_id, person_id, measured_value, side,
                                measured_on, created_at) values (?, ?, ?, ?, ?, now())""", id, runner.personId(),
                            6 + week * 0.5, side, java.sql.Date.valueOf(LocalDate.parse("2026-03-04")
                                    .minusWeeks(week)));
                }
            }
        }
        openingCosts("progress");
        navigateTo("today");

        long statements = openingCosts("progress");

        System.out.printf("statements to open /progress with history: %d%n", statements);
        assertThat(statements).isLessThanOrEqualTo(3);
    }
}
