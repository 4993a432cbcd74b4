package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.Landing;
import app.limber.account.Role;
import app.limber.account.ui.LoginView;
import app.limber.platform.ui.AccessDeniedView;
import app.limber.platform.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered route, opened by every kind of visitor, ends where it should: on the page, on the login page,
 * on the "no access" page, or forwarded to the visitor's start page. The expectations are keyed by the route
 * registry, so a new view without a row here fails {@link #everyRegisteredRouteHasAnExpectation()}.
 */
class AccessMatrixTest extends UiTest {

    enum Visitor {
        ANONYMOUS(), RUNNER(Role.RUNNER), INSTRUCTOR(Role.INSTRUCTOR), ADMIN(Role.ADMIN);

        final Role[] roles;

        Visitor(Role... roles) {
            this.roles = roles;
        }
    }

    /** What a visitor sees after opening a route. */
    enum Outcome {
        /** The route's own view. */
        SHOWN,
        /** Sent to the login page. */
        LOGIN,
        /** The "no access" page. */
        DENIED,
        /** Forwarded to the visitor's own start page. */
        START_PAGE
    }

    /** Expected outcome per visitor, in the order anonymous, runner, instructor, admin; sample path for templates. */
    record Row(String samplePath, Outcome anonymous, Outcome runner, Outcome instructor, Outcome admin) {
        Outcome expectedFor(Visitor visitor) {
            return switch (visitor) {
                case ANONYMOUS -> anonymous;
                case RUNNER -> runner;
                case INSTRUCTOR -> instructor;
                case ADMIN -> admin;
            };
        }
    }

    private static final Outcome S = Outcome.SHOWN;
    private static final Outcome L = Outcome.LOGIN;
    private static final Outcome D = Outcome.DENIED;
    private static final Outcome F = Outcome.START_PAGE;

    /** Route template → expectations. Add a row for every new route. */
    private static final String LONG_PARAMETER = "^[+-]?[0-9]{1,19}$";

    private static final Map<String, Row> EXPECTED = Map.ofEntries(
            Map.entry("login", new Row("login", S, F, F, F)),
            Map.entry("start", new Row("start", L, F, F, F)),
            Map.entry("today", new Row("today", L, S, S, S)),
            Map.entry("session/:___url_parameter", new Row("session/1-1", L, S, S, S)),
            Map.entry("studio", new Row("studio", L, D, S, S)),
            Map.entry("admin", new Row("admin", L, D, D, S)),
            Map.entry("account", new Row("account", L, S, S, S)),
            Map.entry("forgot-password", new Row("forgot-password", S, S, S, S)),
            Map.entry("reset-password", new Row("reset-password", S, S, S, S)),
            Map.entry("register", new Row("register", S, S, S, S)),
            Map.entry("confirm-email", new Row("confirm-email", S, S, S, S)),
            Map.entry("admin/settings", new Row("admin/settings", L, D, D, S)),
            // Member management and the audit log (admin branch)
            Map.entry("admin/audit", new Row("admin/audit", L, D, D, S)),
            Map.entry("admin/members", new Row("admin/members", L, D, D, S)),
            Map.entry("admin/members/:id", new Row("admin/members/1", L, D, D, S)),
            Map.entry("invitation", new Row("invitation", S, S, S, S)),
            Map.entry("admin/comments", new Row("admin/comments", L, D, S, S)),
            Map.entry("studio/routines", new Row("studio/routines", L, D, S, S)),
            Map.entry("studio/routines/new", new Row("studio/routines/new", L, D, S, S)),
            Map.entry("studio/routines/:___url_parameter(" + LONG_PARAMETER + ")", new Row("studio/routines/1", L, D, S, S)),
            Map.entry("studio/videos", new Row("studio/videos", L, D, S, S)),
            Map.entry("studio/videos/:___url_parameter(" + LONG_PARAMETER + ")", new Row("studio/videos/1", L, D, S, S)),
            Map.entry("studio/articles", new Row("studio/articles", L, D, S, S)),
            Map.entry("studio/articles/new", new Row("studio/articles/new", L, D, S, S)),
            Map.entry("studio/articles/:___url_parameter(" + LONG_PARAMETER + ")", new Row("studio/articles/1", L, D, S, S)),
            Map.entry("studio/programs", new Row("studio/programs", L, D, S, S)),
            Map.entry("studio/programs/new", new Row("studio/programs/new", L, D, S, S)),
            Map.entry("studio/programs/:___url_parameter(" + LONG_PARAMETER + ")", new Row("studio/programs/1", L, D, S, S)),
            // A day's preview in the player: program 1 doesn't exist, which the view says (another author's: 403).
            Map.entry("studio/programs/:programId([0-9]{1,18})/preview/day/:day([0-9]{1,3})",
                    new Row("studio/programs/1/preview/day/1", L, D, S, S)),
            Map.entry("progress", new Row("progress", L, S, S, S)),
            // The runner page: person 1 is the visitor themself, a runner in none of the instructor's programs.
            Map.entry("studio/runners/:id", new Row("studio/runners/1", L, D, D, S)),
            Map.entry("reminders/stop", new Row("reminders/stop", S, S, S, S)),
            Map.entry("studio/self-tests", new Row("studio/self-tests", L, D, S, S)));

    @Test
    void everyRegisteredRouteHasAnExpectation() {
        Set<String> registered = registeredTemplates();
        assertThat(registered).as("routes registered in the application").isNotEmpty();
        assertThat(new TreeSet<>(EXPECTED.keySet()))
                .as("every route needs a row in AccessMatrixTest.EXPECTED, and every row a route")
                .isEqualTo(new TreeSet<>(registered));
    }

    @TestFactory
    List<DynamicTest> eachRouteForEachVisitor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String template : new TreeSet<>(registeredTemplates())) {
            Row row = EXPECTED.get(template);
            if (row == null) {
                continue; // reported by everyRegisteredRouteHasAnExpectation
            }
            for (Visitor visitor : Visitor.values()) {
                Outcome expected = row.expectedFor(visitor);
                tests.add(DynamicTest.dynamicTest("/" + row.samplePath() + " as " + visitor + " → " + expected,
                        () -> assertOutcome(row.samplePath(), visitor, expected)));
            }
        }
        return tests;
    }

    private void assertOutcome(String path, Visitor visitor, Outcome expected) {
        emptyTheDatabase(); // dynamic tests share one @BeforeEach; each visitor starts afresh
        stopVaadin();
        startVaadin();
        Set<Role> roles = Set.of(visitor.roles);
        if (visitor != Visitor.ANONYMOUS) {
            loginAs(visitor.roles);
        }
        Component view = navigateTo(path);
        assertThat(outcomeOf(path, view, roles))
                .as("/%s opened by %s (ended on %s at /%s)", path, visitor, view.getClass().getSimpleName(), currentPath())
                .isEqualTo(expected);
    }

    private Outcome outcomeOf(String path, Component view, Set<Role> roles) {
        assertThat(view).as("/%s is a page that exists", path).isNotInstanceOf(NotFoundView.class);
        if (view instanceof AccessDeniedView) {
            return Outcome.DENIED;
        }
        if (view instanceof LoginView && !path.equals("login")) {
            return Outcome.LOGIN;
        }
        if (currentPath().equals(path)) {
            return Outcome.SHOWN;
        }
        assertThat(currentPath()).as("forwarded to the start page of roles %s", roles)
                .isEqualTo(Landing.pathFor(roles));
        return Outcome.START_PAGE;
    }

    private static Set<String> registeredTemplates() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .collect(Collectors.toSet());
    }
}
