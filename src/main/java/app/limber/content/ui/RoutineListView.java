package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.ArticlePage;
import app.limber.content.PublishingStatus;
import app.limber.content.RoutineDuration;
import app.limber.content.RoutineFilter;
import app.limber.content.RoutineService;
import app.limber.content.RoutineSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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

/** The instructor's routines: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/routines")
@PageTitle("Routines")
@Menu(order = 2.1, icon = "vaadin:list-ol", title = "Routines")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class RoutineListView extends Main {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    /** Times are shown in the signed-in person's own time zone. */
    private final ZoneId zone = SignedInPerson.currentZone();

    private final RoutineService routines;
    private final TextField search = new TextField();
    private final Select<PublishingStatus> status = new Select<>();
    private final ComboBox<ArticlePage.TagLink> tag = new ComboBox<>();
    private final Grid<RoutineSummary> grid = new Grid<>();

    RoutineListView(RoutineService routines) {
        this.routines = routines;
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

        tag.setPlaceholder("Any tag");
        tag.setAriaLabel("Tag");
        tag.setItems(routines.allTags());
        tag.setItemLabelGenerator(ArticlePage.TagLink::name);
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(event -> refresh());

        Button create = new Button("New routine", VaadinIcon.PLUS.create(), event -> {
            long id = routines.createDraft("Untitled routine");
            getUI().ifPresent(ui -> ui.navigate(RoutineEditorView.class, id));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(search, status, tag, create);
        toolbar.addClassName("list-toolbar");

        configureGrid();
        add(new H1("Routines"), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(RoutineSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(row -> statusBadge(row.status())).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(row -> row.level().label())
                .setHeader("Level").setSortProperty("level").setAutoWidth(true);
        grid.addColumn(row -> RoutineDuration.format(row.totalSeconds())).setHeader("Length")
                .setSortProperty("totalSeconds").setAutoWidth(true);
        grid.addColumn(row -> UPDATED.withZone(zone).format(row.updatedAt())).setHeader("Last changed").setSortProperty("updatedAt")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No routines yet. Start one with \"New routine\".");
        grid.addItemClickListener(event -> grid.getUI()
                .ifPresent(ui -> ui.navigate(RoutineEditorView.class, event.getItem().id())));
    }

    static Span statusBadge(PublishingStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "badge-" + status.name().toLowerCase());
        return badge;
    }

    private void refresh() {
        RoutineFilter filter = new RoutineFilter(search.getValue(), status.getValue(),
                tag.getValue() == null ? null : tag.getValue().slug());
        grid.setItems(query -> routines.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) routines.count(filter));
    }
}
