package app.limber.community.ui;

import app.limber.account.Role;
import app.limber.community.CommentModeration;
import app.limber.community.CommentStatus;
import app.limber.community.QueueFilter;
import app.limber.community.QueueRow;
import app.limber.content.CommentableItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The moderation queue: comments by status (tabs with counts), searchable and filterable by item, with single and
 * bulk actions. Admins see every comment, instructors the comments on what they wrote. Keyboard: with the grid
 * focused, A approves and S marks the selected comments as spam.
 */
@Route("admin/comments")
@PageTitle("Comments")
@Menu(order = 3.5, icon = "vaadin:comments", title = "Comments")
@RolesAllowed({Role.ADMIN_NAME, Role.INSTRUCTOR_NAME})
class ModerationQueueView extends Main implements BeforeEnterObserver {

    private final CommentModeration moderation;
    private final QueueActions queueActions;
    private QueueColumns columns;
    private @Nullable Registration resizeListener;
    private final Grid<QueueRow> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Map<CommentStatus, Tab> tabByStatus = new EnumMap<>(CommentStatus.class);
    private final TextField search = new TextField();
    private final Div itemFilter = new Div();
    private final Div actions = new Div();
    private QueueFilter filter = QueueFilter.of(CommentStatus.PENDING);

    ModerationQueueView(CommentModeration moderation) {
        this.moderation = moderation;
        this.queueActions = new QueueActions(moderation, this::reload);
        addClassName("moderation-queue");
        for (CommentStatus status : CommentStatus.values()) {
            Tab tab = new Tab(status.label());
            tab.setId("tab-" + status.name().toLowerCase());
            tabByStatus.put(status, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> tabByStatus.forEach((status, tab) -> {
            if (tab == event.getSelectedTab() && status != filter.status()) {
                filter = filter.withStatus(status);
                reload();
            }
        }));
        search.setPlaceholder("Search text, name, email or IP");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            filter = new QueueFilter(filter.status(), event.getValue(), filter.itemKind(), filter.itemId());
            reload();
        });
        itemFilter.addClassName("queue-item-filter");
        actions.addClassName("queue-actions");
        Div toolbar = new Div(search, itemFilter, actions);
        toolbar.addClassName("queue-toolbar");
        configureGrid();
        add(new H1("Comments"), tabs, toolbar, grid);
        reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // ?item=ARTICLE-12 shows the comments on one item (the item links in the grid set it).
        event.getLocation().getQueryParameters().getSingleParameter("item").ifPresent(value -> {
            String[] parts = value.split("-", 2);
            try {
                filter = new QueueFilter(filter.status(), filter.search(), CommentableItem.Kind.valueOf(parts[0]),
                        Long.parseLong(parts[1]));
            } catch (RuntimeException malformed) {
                filter = new QueueFilter(filter.status(), filter.search(), null, 0);
            }
        });
        reload();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> columns.fitTo(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(resize -> columns.fitTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
        }
    }

    /** Columns or cards for a window this wide (called as the window is measured and resized). */
    void fitTo(int windowWidth) {
        columns.fitTo(windowWidth);
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        columns = new QueueColumns(grid, this::filterByItem, this::rowActions);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                row -> QueueCells.history(moderation.history(row.id()))));
        grid.setDetailsVisibleOnClick(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No comments here.");
        grid.setItems(query -> moderation.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) moderation.count(filter));
        Shortcuts.addShortcutListener(grid, () -> queueActions.move(selected(), CommentStatus.APPROVED), Key.KEY_A)
                .listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> queueActions.move(selected(), CommentStatus.SPAM), Key.KEY_S)
                .listenOn(grid);
        grid.addSelectionListener(event -> showActions());
    }

    private Div rowActions(QueueRow row) {
        Div buttons = new Div();
        buttons.addClassName("queue-row-actions");
        for (QueueActions.Action action : queueActions.forStatus(row.status())) {
            buttons.add(small(action.label(), () -> action.run().accept(Set.of(row.id()))));
        }
        if (row.status() == CommentStatus.PENDING || row.status() == CommentStatus.APPROVED) {
            buttons.add(small("Reply", () -> new QueueReplyDialog(moderation, row, this::reload).open()));
        }
        buttons.add(small("History", () -> grid.setDetailsVisible(row, !grid.isDetailsVisible(row))));
        return buttons;
    }

    private void showActions() {
        actions.removeAll();
        Set<Long> ids = selected();
        if (!ids.isEmpty()) {
            actions.add(new Span(ids.size() + " selected:"));
            for (QueueActions.Action action : queueActions.forStatus(filter.status())) {
                Button button = new Button(action.label(), event -> action.run().accept(selected()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.setId("bulk-" + action.label().toLowerCase().replace(' ', '-'));
                actions.add(button);
            }
        }
        if (filter.status() == CommentStatus.TRASH) {
            Button empty = new Button("Empty trash", event -> queueActions.confirmEmptyTrash());
            empty.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            empty.setId("empty-trash");
            actions.add(empty);
        }
    }

    private Set<Long> selected() {
        return grid.getSelectedItems().stream().map(QueueRow::id).collect(java.util.stream.Collectors.toSet());
    }

    private void filterByItem(QueueRow row) {
        getUI().ifPresent(ui -> ui.navigate("admin/comments",
                com.vaadin.flow.router.QueryParameters.of("item", row.itemKind().name() + "-" + row.itemId())));
        filter = new QueueFilter(filter.status(), filter.search(), row.itemKind(), row.itemId());
        reload();
    }

    /** Counts on the tabs, the grid's rows and the toolbar, after any change. */
    void reload() {
        Map<CommentStatus, Long> counts = moderation.counts(filter);
        tabByStatus.forEach((status, tab) -> tab.setLabel(status.label() + " (" + counts.get(status) + ")"));
        tabs.setSelectedTab(tabByStatus.get(filter.status()));
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        itemFilter.removeAll();
        if (filter.itemKind() != null) {
            Button clear = small("Show all items", () -> {
                filter = new QueueFilter(filter.status(), filter.search(), null, 0);
                getUI().ifPresent(ui -> ui.navigate("admin/comments"));
                reload();
            });
            itemFilter.add(new Span("Comments on one " + filter.itemKind().label().toLowerCase() + " only."), clear);
        }
        showActions();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
