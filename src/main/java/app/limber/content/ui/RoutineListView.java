package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.content.ArticlePage;
import app.limber.content.RoutineDuration;
import app.limber.content.RoutineFilter;
import app.limber.content.RoutineService;
import app.limber.content.RoutineSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's routines: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/routines")
@PageTitle("Routines")
@Menu(order = 2.1, icon = "vaadin:list-ol", title = "Routines")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RoutineListView extends StudioList<RoutineSummary> {

    private final RoutineService routines;
    private final ComboBox<ArticlePage.TagLink> tag = new ComboBox<>();

    RoutineListView(RoutineService routines) {
        this.routines = routines;

        tag.setPlaceholder("Any tag");
        tag.setAriaLabel("Tag");
        tag.setItems(routines.allTags());
        tag.setItemLabelGenerator(ArticlePage.TagLink::name);
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(event -> refresh());

        addTitleColumn(RoutineSummary::title);
        addStatusColumn(RoutineSummary::status);
        grid.addColumn(row -> row.level().label())
                .setHeader("Level").setSortProperty("level").setAutoWidth(true);
        grid.addColumn(row -> RoutineDuration.format(row.totalSeconds())).setHeader("Length")
                .setSortProperty("totalSeconds").setAutoWidth(true);
        addLastChangedColumn(RoutineSummary::updatedAt);
        grid.setEmptyStateText("No routines yet. Start one with \"New routine\".");
        rowsOpenIn(RoutineEditorView.class, RoutineSummary::id);

        show("Routines", search, status, tag,
                newButton("New routine", NewRoutineView.class));
    }

    @Override
    protected void refresh() {
        RoutineFilter filter = new RoutineFilter(search.getValue(), status.getValue(),
                tag.getValue() == null ? null : tag.getValue().slug());
        grid.setItems(query -> routines.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) routines.count(filter));
    }
}
