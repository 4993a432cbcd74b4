package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.limber.IntegrationTest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RolesFromTheRequestTest extends IntegrationTest {

    @Autowired
    NavigationAccessControl accessControl;

    @Test
    void theApplicationsNavigationAccessControlReadsRolesThisWay() {
        assertThat(accessControl).isInstanceOf(RolesFromTheRequest.class);
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void rolesAreTheRequestsOwnBeforeAndAfterTheRolePrefixIsKnown() {
        RolesFromTheRequest roles = (RolesFromTheRequest) accessControl;
        VaadinRequest admin = mock(VaadinRequest.class);
        when(admin.isUserInRole("ADMIN")).thenReturn(true);
        VaadinRequest runner = mock(VaadinRequest.class);
        when(runner.isUserInRole("RUNNER")).thenReturn(true);

        for (int request = 0; request < 2; request++) {
            Predicate<String> adminRoles = roles.getRolesChecker(admin);
            assertThat(adminRoles.test("ADMIN")).isTrue();
            assertThat(adminRoles.test("RUNNER")).isFalse();
            Predicate<String> runnerRoles = roles.getRolesChecker(runner);
            assertThat(runnerRoles.test("RUNNER")).isTrue();
            assertThat(runnerRoles.test("ADMIN")).isFalse();
        }
    }
}
