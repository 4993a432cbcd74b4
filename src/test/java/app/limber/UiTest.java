package app.limber;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for Karibu UI tests: a mocked Vaadin environment on top of the real Spring context and database, and one way
 * to sign in ({@link #loginAs(Role...)} / {@link #loginAs(SignedInPerson)}).
 */
@Import(TestAccounts.class)
public abstract class UiTest extends IntegrationTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestAccounts accounts;

    @BeforeEach
    protected void startVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
    }

    @AfterEach
    protected void stopVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /**
     * Karibu's own discovery skips package-private classes, and our views are package-private (house style), so the
     * application's routes, layouts and error views are found with Spring's scanner and added to Vaadin's defaults.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("com.vaadin.flow.router");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (var candidate : scanner.findCandidateComponents("app.limber")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), UiTest.class.getClassLoader());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                routes.getRoutes().add((Class<? extends Component>) type);
            }
        }
        // Our AccessDeniedView and NotFoundView replace Vaadin's default pages for these errors.
        routes.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        return routes;
    }

    /** Routes known to the mocked Vaadin, the same as the application registers. */
    protected static Routes routes() {
        return ROUTES;
    }

    /** Creates a person holding these roles and signs them in for the rest of the test. */
    protected SignedInPerson loginAs(Role... roles) {
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(Set.of(roles));
        SignedInPerson person = accounts.create(held);
        loginAs(person);
        return person;
    }

    /** Signs this person in: Spring's security context and the servlet request Vaadin's access checks read. */
    protected void loginAs(SignedInPerson person) {
        actAs(person);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = person.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role) || authorities.contains(role));
        // A real sign-in ends with a full page load, so the layout and menus are built anew for this person.
        UI.getCurrent().getPage().reload();
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Navigates like a click on a link would, and returns the view that ended up showing. */
    protected Component navigateTo(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(pathAndQuery);
        } else {
            UI.getCurrent().navigate(pathAndQuery.substring(0, query),
                    QueryParameters.fromString(pathAndQuery.substring(query + 1)));
        }
        return currentView();
    }

    protected Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    /** The path of the location the browser would show now (after any forwards). */
    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
