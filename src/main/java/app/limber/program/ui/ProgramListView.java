package app.limber.program.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.PublishingStatus;
import app.limber.program.ProgramFilter;
import app.limber.program.ProgramService;
import app.limber.program.ProgramSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The instructor's programs: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/programs")
@PageTitle("Programs")
@Menu(order = 2.4, icon = "vaadin:calendar", title = "Programs")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ProgramListView extends Main {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final ZoneId zone = SignedInPerson.currentZone();
    private final ProgramService programs;
    private final TextField search = new TextField();
    private final Select<PublishingStatus> status = new Select<>();
    private final Grid<ProgramSummary> grid = new Grid<>();

    ProgramListView(ProgramService programs) {
        this.programs = programs;
        addClassName("studio-list-view");

        search.setPlaceholder("Search titles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search titles");
        search.addValueChangeListener(event -> refresh());

        status.setPlaceholder("Any status");
        status.setItems(PublishingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setAriaLabel("Status");
        status.addValueChangeListener(event -> refresh());

        Button create = new Button("New program", VaadinIcon.PLUS.create(), event -> {
            long id = programs.createDraft("Untitled program");
            getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class, id));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(search, status, create);
        toolbar.addClassName("list-toolbar");

        grid.addColumn(ProgramSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(row -> statusBadge(row.status())).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(row -> row.lengthDays() + " days").setHeader("Length").setSortProperty("lengthDays")
                .setAutoWidth(true);
        grid.addColumn(row -> row.visibility().label()).setHeader("Who can see it").setAutoWidth(true);
        grid.addColumn(row -> UPDATED.withZone(zone).format(row.updatedAt())).setHeader("Last changed")
                .setSortProperty("updatedAt").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No programs yet. Start one with \"New program\".");
        grid.addItemClickListener(event -> grid.getUI()
                .ifPresent(ui -> ui.navigate(ProgramEditorView.class, event.getItem().id())));

        add(new H1("Programs"), toolbar, grid);
        refresh();
    }

    /** The same badge the routine and article lists show. */
    static Span statusBadge(PublishingStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "badge-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private void refresh() {
        ProgramFilter filter = new ProgramFilter(search.getValue(), status.getValue());
        grid.setItems(query -> programs.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) programs.count(filter));
    }
}
