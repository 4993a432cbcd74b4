package app.limber.content.ui;

import app.limber.account.Role;
import app.limber.content.RoutineService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** "Preview as runner": the routine exactly as its public page shows it, whatever its status. */
@Route("studio/routines/:id/preview")
@PageTitle("Preview")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RoutinePreviewView extends Main implements BeforeEnterObserver {

    private final RoutineService routines;

    RoutinePreviewView(RoutineService routines) {
        this.routines = routines;
        addClassName("routine-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Div banner = new Div(new com.vaadin.flow.component.html.Span("Preview: this is how runners see it. "),
                new Anchor("studio/routines/" + id, "Back to the editor"));
        banner.addClassName("preview-banner");
        add(banner);
        try {
            routines.preview(id).ifPresentOrElse(page -> add(new RoutinePageContent(page)),
                    () -> add(new H1("This routine doesn't exist")));
        } catch (AccessDeniedException notYours) {
            add(new H1("This routine belongs to another instructor"));
        }
    }
}
