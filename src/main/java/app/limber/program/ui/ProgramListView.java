package app.limber.program.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.content.ui.StudioList;
import app.limber.program.ProgramFilter;
import app.limber.program.ProgramService;
import app.limber.program.ProgramSummary;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's programs: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/programs")
@PageTitle("Programs")
@Menu(order = 2.4, icon = "vaadin:calendar", title = "Programs")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ProgramListView extends StudioList<ProgramSummary> {

    private final ProgramService programs;

    ProgramListView(ProgramService programs) {
        this.programs = programs;

        addTitleColumn(ProgramSummary::title);
        addStatusColumn(ProgramSummary::status);
        grid.addColumn(row -> row.lengthDays() + " days").setHeader("Length").setSortProperty("lengthDays")
                .setAutoWidth(true);
        grid.addColumn(row -> row.visibility().label()).setHeader("Who can see it").setAutoWidth(true);
        addLastChangedColumn(ProgramSummary::updatedAt);
        grid.setEmptyStateText("No programs yet. Start one with \"New program\".");
        rowsOpenIn(ProgramEditorView.class, ProgramSummary::id);

        show("Programs", search, status,
                newButton("New program", NewProgramView.class));
    }

    @Override
    protected void refresh() {
        ProgramFilter filter = new ProgramFilter(search.getValue(), status.getValue());
        grid.setItems(query -> programs.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) programs.count(filter));
    }
}
