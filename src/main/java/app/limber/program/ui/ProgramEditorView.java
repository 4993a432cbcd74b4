package app.limber.program.ui;

import app.limber.account.Role;
import app.limber.program.ProgramCovers;
import app.limber.program.ProgramService;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The editor of a stored program, at studio/programs/{id}. */
@Route("studio/programs")
@PageTitle("Edit program")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ProgramEditorView extends ProgramEditor implements HasUrlParameter<Long> {

    ProgramEditorView(ProgramService programs, ProgramCovers covers) {
        super(programs, covers);
    }

    /** The editor's address for a stored program. */
    static String path(long programId) {
        return "studio/programs/" + programId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        openStored(id);
    }
}
