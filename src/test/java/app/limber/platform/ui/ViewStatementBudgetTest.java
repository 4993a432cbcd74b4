package app.limber.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.DatabaseStatements;
import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import app.limber.content.ArticleService;
import app.limber.content.VideoService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Duration;
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
 * the first round trip to the browser renders, sends at most five SQL statements to the database, whatever the data
 * behind it. Statements are counted at the JDBC level ({@link DatabaseStatements}), so Hibernate's, Spring Data's and
 * plain JDBC reads all count, as PostgreSQL's statement log would show them. Each view is measured twice: opened from
 * another view (a click on a link), and as a full page load (a new UI builds the layout, its menus and the view) with
 * the site settings read again, as on a node that has not read them in the last half second.
 *
 * <p>Views with their own, more detailed statement tests (Today, Progress, the members grid, the Studio dashboard) are
 * opened here as well so that no view is left without a budget: every runner, studio and admin view is listed (the
 * signed-out pages, login and registration, read nothing but the cached site settings). A page of a grid is at most
 * {@value #GRID_PAGE_BUDGET} statements.
 *
 * <p>What the mocked Vaadin here does not go through: the HTTP requests themselves (the security filter chain, the
 * session and its security context, Vaadin's bootstrap page and init request, heartbeats), so a statement caused by a
 * request filter would not be counted here; the UIDL benchmark ({@code bench/uidl.sh}) counts those from PostgreSQL's
 * log. With the security context held in the session (roles and disabled accounts end the sessions, see
 * SignedInSessions), no request reads the signed-in person again.
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

    /**
     * Statements the database receives while the view opens, coming from another view (a click on a link): the view
     * is built, its first page of data loaded and its first response to the browser put together.
     */
    private DatabaseStatements.Recording navigationCosts(String path) {
        return sqlDuring(() -> {
            navigateTo(path);
            MockVaadin.clientRoundtrip(false);
        });
    }

    /**
     * Statements of a full open: the browser loads the page anew (a bookmark, a reload, the first page after signing
     * in), so a new UI builds the layout and its menus as well as the view. The site settings were last read more
     * than their cache lifetime ago, as on a node that has not served anyone for half a second, so their re-read
     * counts too.
     */
    private DatabaseStatements.Recording fullOpenCosts(String path) {
        navigateTo(path);
        clock.advance(Duration.ofSeconds(1));
        DatabaseStatements.Recording costs = sqlDuring(() -> {
            UI.getCurrent().getPage().reload();
            MockVaadin.clientRoundtrip(false);
        });
        assertThat(currentPath()).as("the reloaded page").isEqualTo(path);
        return costs;
    }

    /**
     * Opens every view once (which also fills per-application caches), then measures each one twice: coming from
     * another view, so that each open builds its view anew, and as a full page load.
     */
    private void assertWithinBudget(List<String> paths) {
        paths.forEach(this::navigationCosts);
        Map<String, DatabaseStatements.Recording> navigations = new LinkedHashMap<>();
        Map<String, DatabaseStatements.Recording> fullOpens = new LinkedHashMap<>();
        for (String path : paths) {
            navigations.put(path, navigationCosts(path));
            fullOpens.put(path, fullOpenCosts(path));
        }
        paths.forEach(path -> System.out.printf("statements to open /%s: %d from another view, %d on a full open%s%n",
                path, navigations.get(path).count(), fullOpens.get(path).count(), fullOpens.get(path).describe()));
        assertThat(navigations).allSatisfy((path, statements) -> assertThat(statements.count())
                .as("statements to open /" + path + " from another view:" + statements.describe())
                .isLessThanOrEqualTo(VIEW_OPEN_BUDGET));
        assertThat(fullOpens).allSatisfy((path, statements) -> assertThat(statements.count())
                .as("statements of a full open of /" + path + ":" + statements.describe())
                .isLessThanOrEqualTo(VIEW_OPEN_BUDGET));
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
     * Moving on in the session player ("Skip" here; "Next" and "Back" save the place the same way) keeps the runner's
     * place: the ownership check and one write of the place, without reading session_places first.
     */
    @Test
    void movingOnInTheSessionPlayerIsTwoStatements() {
        SignedInPerson runner = loginAs(Role.RUNNER);
        long enrolment = fixtures.enrol(runner.personId(), program, LocalDate.parse("2026-03-01"));
        navigateTo("session/" + enrolment + "-2");
        DatabaseStatements.Recording next = sqlDuring(() -> {
            _click(_get(Button.class, spec -> spec.withText("Skip")));
            MockVaadin.clientRoundtrip(false);
        });
        assertThat(next.count()).as("statements:" + next.describe()).isLessThanOrEqualTo(2);
        assertThat(next.statements()).as("statements on session_places:" + next.describe())
                .filteredOn(statement -> statement.sql().contains("session_places")).hasSize(1);
    }

    /**
     * Opening the members view reads the programs, the admin's latest import, the count and the first page of the grid
     * in one read-only transaction: one connection from the pool for the whole screen, not one per statement.
     */
    @Test
    void theMembersViewOpensInOneReadOnlyTransaction() {
        loginAs(Role.ADMIN);
        navigateTo("admin");
        DatabaseStatements.Recording opening = navigationCosts("admin/members");
        assertThat(opening.count()).as("statements:" + opening.describe()).isBetween(3L, 4L);
        assertThat(opening.transactions()).as("transactions:" + opening.describe()).hasSize(1);
        assertThat(opening.allReadOnly()).as("read-only:" + opening.describe()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        assertThat(grid.getDataCommunicator().getItemCount()).as("the admin, the instructor and 30 runners")
                .isEqualTo(32);
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
        long first = sqlDuring(() -> {
            grid.setPageSize(10);
            grid.getDataCommunicator().setViewportRange(0, 10);
            MockVaadin.clientRoundtrip(false);
        }).count();
        assertThat(first).as("the first page and the count").isLessThanOrEqualTo(GRID_PAGE_BUDGET);
        int members = grid.getDataCommunicator().getItemCount();
        assertThat(members).as("the admin, the instructor and 30 runners").isEqualTo(32);

        long middle = sqlDuring(() -> {
            grid.getDataCommunicator().setViewportRange(10, 10);
            MockVaadin.clientRoundtrip(false);
        }).count();
        long last = sqlDuring(() -> {
            grid.getDataCommunicator().setViewportRange(30, 10);
            MockVaadin.clientRoundtrip(false);
        }).count();

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
        navigationCosts("progress");
        navigateTo("today");

        long statements = navigationCosts("progress").count();

        System.out.printf("statements to open /progress with history: %d%n", statements);
        assertThat(statements).isLessThanOrEqualTo(3);
    }
}
