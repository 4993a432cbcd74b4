package app.limber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.UiTest;
import app.limber.account.AuditEntry;
import app.limber.account.Role;
import app.limber.content.RoutineDraft;
import app.limber.content.RoutineService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends UiTest {

    @Autowired
    RoutineService routines;

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
}
