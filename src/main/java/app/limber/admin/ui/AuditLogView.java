package app.limber.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.AuditAction;
import app.limber.account.AuditEntry;
import app.limber.account.AuditFilter;
import app.limber.account.AuditLogQuery;
import app.limber.account.ReadableTime;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Who did what to whom and when: the audit log (admins' changes and every sign-in attempt), newest first, filtered in
 * the database, with actions as readable labels and times in the viewing admin's time zone.
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 3.8, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends Main {

    private final ZoneId zone = SignedInPerson.currentZone();
    private final AuditLogQuery log;
    final ComboBox<String> action = new ComboBox<>();
    final TextField actor = new TextField();
    final TextField subject = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker until = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditLogQuery log) {
        this.log = log;
        addClassName("audit-log-view");

        action.setPlaceholder("Any action");
        action.setAriaLabel("Action");
        // Every action there is, not only those in the log: no scan of a table that grows with every sign-in.
        action.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label))
                .map(AuditAction::code).toList());
        action.setItemLabelGenerator(AuditAction::labelOf);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(event -> refresh());
        textFilter(actor, "Who");
        textFilter(subject, "To what or whom");
        from.setPlaceholder("From");
        from.setAriaLabel("From");
        from.setClearButtonVisible(true);
        from.addValueChangeListener(event -> refresh());
        until.setPlaceholder("Until");
        until.setAriaLabel("Until (inclusive)");
        until.setClearButtonVisible(true);
        until.addValueChangeListener(event -> refresh());

        Div toolbar = new Div(action, actor, subject, from, until);
        toolbar.addClassName("list-toolbar");

        var when = grid.addColumn(entry -> ReadableTime.of(entry.occurredAt(), zone)).setHeader("When").setKey("when")
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::actionLabel).setHeader("Did").setKey("did").setAutoWidth(true);
        grid.addColumn(entry -> entry.subjectType() + ": " + entry.subjectLabel()).setHeader("To").setFlexGrow(2);
        grid.addColumn(entry -> ReadableTime.inText(entry.details(), zone)).setHeader("Details").setKey("details").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("Nothing matches these filters.");
        grid.sort(List.of(new GridSortOrder<>(when, SortDirection.DESCENDING)));

        add(new H1("Audit log"), toolbar, grid);
        refresh();
    }

    private void textFilter(TextField field, String label) {
        field.setPlaceholder(label);
        field.setAriaLabel(label);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> refresh());
    }

    AuditFilter filter() {
        LocalDate last = until.getValue();
        return new AuditFilter(action.getValue(), actor.getValue(), subject.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> log.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) log.count(filter));
    }
}
