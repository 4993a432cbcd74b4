package app.limber.content.ui;

import app.limber.account.SignedInPerson;
import app.limber.content.PublishingStatus;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasUrlParameter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The frame every studio list shares (routines, videos, articles, programs): a search field, a status filter, a
 * lazy grid whose paging and sorting happen in SQL, a "New …" button and the status badge. A list states its
 * columns, how it fetches a page and where a row opens; {@link #refresh()} runs whenever a filter changes.
 */
public abstract class StudioList<T> extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    /** Times are shown in the signed-in person's own time zone. */
    private final ZoneId zone = SignedInPerson.currentZone();

    protected final TextField search = new TextField();
    /** Offered by the lists of publishable items; a list that leaves it out of its toolbar simply ignores it. */
    protected final Select<PublishingStatus> status = new Select<>();
    protected final Grid<T> grid = new Grid<>();

    protected StudioList() {
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

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    }

    /** Sets the grid's items from the current filters (one page query and one count per page). */
    protected abstract void refresh();

    /** Lays the page out (heading, anything shown above the toolbar, the toolbar, the grid) and loads it. */
    protected final void show(String heading, Component[] aboveToolbar, Component... tools) {
        Div toolbar = new Div(tools);
        toolbar.addClassName("list-toolbar");
        add(new H1(heading));
        add(aboveToolbar);
        add(toolbar, grid);
        refresh();
    }

    protected final void show(String heading, Component... tools) {
        show(heading, new Component[0], tools);
    }

    /** The primary button that opens the editor of a new item, stored only on its first save. */
    protected final Button newButton(String label, Class<? extends Component> newEditor) {
        Button create = new Button(label, VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(newEditor)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    /** A click on a row opens that item in its editor. */
    protected final <E extends Component & HasUrlParameter<Long>> void rowsOpenIn(Class<E> editor,
            ToLongFunction<T> id) {
        grid.addItemClickListener(event -> open(editor, id.applyAsLong(event.getItem())));
    }

    protected final <E extends Component & HasUrlParameter<Long>> void open(Class<E> editor, long id) {
        getUI().ifPresent(ui -> ui.navigate(editor, id));
    }

    protected final Grid.Column<T> addTitleColumn(ValueProvider<T, String> title) {
        return grid.addColumn(title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
    }

    protected final Grid.Column<T> addStatusColumn(Function<T, PublishingStatus> status) {
        return grid.addComponentColumn(row -> statusBadge(status.apply(row))).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true);
    }

    protected final Grid.Column<T> addLastChangedColumn(Function<T, Instant> updatedAt) {
        return grid.addColumn(row -> when(updatedAt.apply(row))).setHeader("Last changed")
                .setSortProperty("updatedAt").setAutoWidth(true);
    }

    /** A moment in the signed-in person's time zone; empty when there is none. */
    protected final String when(@Nullable Instant moment) {
        return moment == null ? "" : WHEN.withZone(zone).format(moment);
    }

    /** The badge the studio lists and editors show for an item's publishing status. */
    public static Span statusBadge(PublishingStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "badge-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
