package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "New routine": the editor for a routine that is not stored yet. Its first save stores it and moves on to
 * studio/routines/{id}; leaving without saving leaves nothing behind.
 */
@Route("studio/routines/new")
@PageTitle("New routine")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class NewRoutineView extends RoutineEditor implements BeforeEnterObserver {

    NewRoutineView(RoutineService routines, VideoService videos) {
        super(routines, videos);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openNew();
    }
}
