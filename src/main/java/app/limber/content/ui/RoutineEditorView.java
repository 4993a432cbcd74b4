package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The editor of a stored routine, at studio/routines/{id}. */
@Route("studio/routines")
@PageTitle("Edit routine")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RoutineEditorView extends RoutineEditor implements HasUrlParameter<Long> {

    RoutineEditorView(RoutineService routines, VideoService videos) {
        super(routines, videos);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        openStored(id);
    }
}
