package app.limber.content.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.content.ArticleFilter;
import app.limber.content.ArticleService;
import app.limber.content.ArticleSummary;
import app.limber.content.PublishingStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
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

/** The instructor's articles: searchable, filterable by status, sorted and paged in the database. */
@Route("studio/articles")
@PageTitle("Articles")
@Menu(order = 2.3, icon = "vaadin:newspaper", title = "Articles")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class ArticleListView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    /** Times are shown in the signed-in person's own time zone. */
    private final ZoneId zone = SignedInPerson.currentZone();

    private final ArticleService articles;
    private final TextField search = new TextField();
    private final Select<PublishingStatus> status = new Select<>();
    private final Grid<ArticleSummary> grid = new Grid<>();

    ArticleListView(ArticleService articles) {
        this.articles = articles;
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

        Button create = new Button("New article", VaadinIcon.PLUS.create(), event -> {
            long id = articles.createDraft("Untitled article");
            getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, id));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(search, status, create);
        toolbar.addClassName("list-toolbar");

        configureGrid();
        add(new H1("Articles"), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(ArticleSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(row -> RoutineListView.statusBadge(row.status())).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> row.visibility().label()).setHeader("Who can see it").setSortProperty("visibility")
                .setAutoWidth(true);
        grid.addColumn(row -> row.publishAt() == null ? "" : WHEN.withZone(zone).format(row.publishAt())).setHeader("Publishes")
                .setSortProperty("publishAt").setAutoWidth(true);
        grid.addColumn(row -> WHEN.withZone(zone).format(row.updatedAt())).setHeader("Last changed").setSortProperty("updatedAt")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No articles yet. Start one with \"New article\".");
        grid.addItemClickListener(event -> grid.getUI()
                .ifPresent(ui -> ui.navigate(ArticleEditorView.class, event.getItem().id())));
    }

    private void refresh() {
        ArticleFilter filter = new ArticleFilter(search.getValue(), status.getValue());
        grid.setItems(query -> articles.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) articles.count(filter));
    }
}
