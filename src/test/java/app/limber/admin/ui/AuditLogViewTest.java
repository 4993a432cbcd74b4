package app.limber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.AuditEntry;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class AuditLogViewTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    UserDetailsService personDetails;

    @Test
    void adminSeesPublishingInTheLogAndNarrowsItByAction() {
        var maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        actAs(maya);
        RoutineDraft routine = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        routine = routines.publishNow(routine.getId(), routine.getVersion());
        routines.archive(routine.getId(), routine.getVersion());

        loginAs(Role.ADMIN);
        AuditLogView view = (AuditLogView) navigateTo("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).action()).isEqualTo("content.archived");
        assertThat(GridKt._get(grid, 0).actorName()).isEqualTo("Maya Lindqvist");

        view.action.setValue("content.published");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).subjectLabel()).isEqualTo("Post-run toe stretch");
    }

    @Test
    void actionsReadAsLabelsAndTimesAsLocalTimesOfTheViewingAdmin() {
        clock.set(Instant.parse("2026-11-29T06:42:31.250Z"));
        var maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        actAs(maya);
        RoutineDraft routine = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        routines.schedule(routine.getId(), routine.getVersion(), Instant.parse("2026-12-01T17:00:00Z"));

        var admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        jdbc.update("update people set time_zone = 'Europe/Berlin' where id = ?", admin.personId());
        loginAs((SignedInPerson) personDetails.loadUserByUsername("ada@example.test"));
        AuditLogView view = (AuditLogView) navigateTo("admin/audit");

        assertThat(GridKt._getFormatted(view.grid, 0, "did")).isEqualTo("Scheduled");
        assertThat(GridKt._getFormatted(view.grid, 0, "when")).isEqualTo("29 Nov 2026, 07:42");
        assertThat(GridKt._getFormatted(view.grid, 0, "details")).isEqualTo("publish at 1 Dec 2026, 18:00");
        assertThat(view.action.getItemLabelGenerator().apply("content.scheduled")).isEqualTo("Scheduled");
        assertThat(view.action.getListDataView().getItems().map(view.action.getItemLabelGenerator()))
                .as("every action, by label, whether it happened yet or not")
                .startsWith("Accepted invitation").contains("Signed in", "Sign-in failed", "Roles changed")
                .isSorted();
    }
}
