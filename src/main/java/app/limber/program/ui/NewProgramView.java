package app.limber.program.ui;

import app.limber.account.Role;
import app.limber.program.ProgramCovers;
import app.limber.program.ProgramService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "New program": the editor for a program that is not stored yet; its schedule is planned in the unsaved draft.
 * Its first save stores it and moves on to studio/programs/{id}; leaving without saving leaves nothing behind.
 */
@Route("studio/programs/new")
@PageTitle("New program")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class NewProgramView extends ProgramEditor implements BeforeEnterObserver {

    NewProgramView(ProgramService programs, ProgramCovers covers) {
        super(programs, covers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openNew();
    }
}
