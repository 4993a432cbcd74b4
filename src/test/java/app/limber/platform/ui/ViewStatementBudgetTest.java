package app.limber.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.program.SessionFixtures;
import com.github.mvysny.kaributesting.v10.MockVaadin;
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
 * opened here as well so that no view is left without a budget.
 */
class ViewStatementBudgetTest extends UiTest {

    static final int VIEW_OPEN_BUDGET = 5;

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
        loginAs(instructor);
        assertWithinBudget(List.of("studio/routines", "studio/articles", "studio/programs", "studio/videos",
                "studio/self-tests", "studio/routines/" + routine, "studio/programs/" + program,
                "studio/programs/" + program + "/preview/day/2"));
    }

    @Test
    void adminViews() {
        SignedInPerson admin = loginAs(Role.ADMIN);
        assertWithinBudget(List.of("admin/members", "admin/members/" + admin.personId(), "admin/comments",
                "admin/audit", "admin/settings"));
    }
}
