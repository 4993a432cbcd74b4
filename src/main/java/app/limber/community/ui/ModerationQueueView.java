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
    private final Div memberFilter = new Div();
    private final Div actions = new Div();
    private QueueFilter filter = QueueFilter.of(CommentStatus.PENDING);
    private @Nullable String memberName;

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
            filter = filter.withSearch(event.getValue());
            reload();
        });
        itemFilter.addClassName("queue-item-filter");
        actions.addClassName("queue-actions");
        memberFilter.addClassName("queue-item-filter");
        memberFilter.setId("queue-member-filter");
        Div toolbar = new Div(search, itemFilter, memberFilter, actions);
        toolbar.addClassName("queue-toolbar");
        configureGrid();
        add(new H1("Comments"), tabs, toolbar, grid);
        reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // ?item=ARTICLE-12 shows the comments on one item (the item links in the grid set it).
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("item").ifPresent(value -> {
            String[] parts = value.split("-", 2);
            try {
                filter = filter.withItem(CommentableItem.Kind.valueOf(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException malformed) {
                filter = filter.withItem(null, 0);
            }
        });
        // ?member=42 shows one member's comments (the member page's "Comments: 4" links here).
        String member = parameters.getSingleParameter(QueueFilter.MEMBER_PARAMETER).orElse("");
        memberName = null;
        try {
            long memberId = Long.parseLong(member);
            memberName = moderation.memberName(memberId).orElse(null);
            filter = filter.withAuthor(memberName == null ? null : memberId);
        } catch (NumberFormatException absentOrMalformed) {
            filter = filter.withAuthor(null);
        }
        if (filter.authorId() != null) {
            showATabWithComments();
        }
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
        filter = filter.withItem(row.itemKind(), row.itemId()).withAuthor(null);
        reload();
    }

    /** Coming from a member's page: the first tab that has their comments, if the pending one has none. */
    private void showATabWithComments() {
        Map<CommentStatus, Long> counts = moderation.counts(filter);
        if (counts.get(filter.status()) == 0) {
            counts.entrySet().stream().filter(count -> count.getValue() > 0).findFirst()
                    .ifPresent(count -> filter = filter.withStatus(count.getKey()));
        }
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
                filter = filter.withItem(null, 0).withAuthor(null);
                getUI().ifPresent(ui -> ui.navigate("admin/comments"));
                reload();
            });
            itemFilter.add(new Span("Comments on one " + filter.itemKind().label().toLowerCase() + " only."), clear);
        }
        memberFilter.removeAll();
        if (filter.authorId() != null) {
            Button everyone = small("Show everyone's", () -> {
                filter = filter.withAuthor(null);
                getUI().ifPresent(ui -> ui.navigate("admin/comments"));
                reload();
            });
            memberFilter.add(new Span("Comments by " + memberName + " only."), everyone);
        }
        showActions();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
