package app.limber.admin.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.InvitationService;
import app.limber.account.MemberAdmin;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.admin.MemberEnrolment;
import app.limber.admin.MemberFilter;
import app.limber.admin.MemberImport;
import app.limber.admin.MemberRow;
import app.limber.admin.MemberSearch;
import app.limber.admin.MembersOverview;
import app.limber.admin.ProgramChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * All members, however many: a lazy grid searched, filtered, sorted and paged in the database, with how many there are
 * (or match), bulk actions on the selected rows (enrol in a program, disable, enable, change role, resend invitation,
 * export) and invitations (one, or a CSV file).
 */
@Route("admin/members")
@PageTitle("Members")
@Menu(order = 3.1, icon = "vaadin:users", title = "Members")
@RolesAllowed(Role.ADMIN_NAME)
class MembersView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final ZoneId zone = SignedInPerson.currentZone();
    private final MemberSearch members;
    private final MemberAdmin memberAdmin;
    private final MemberEnrolment enrolment;

    final TextField search = new TextField();
    final Select<Role> role = new Select<>();
    final Select<MemberStatus> status = new Select<>();
    final ComboBox<ProgramChoice> program = new ComboBox<>();
    final DatePicker joinedFrom = new DatePicker();
    final DatePicker joinedUntil = new DatePicker();
    final Grid<MemberRow> grid = new Grid<>();
    final ComboBox<ProgramChoice> enrolIn = new ComboBox<>();
    final Button enrolSelected = new Button("Enrol selected");
    final Button disableSelected = new Button("Disable selected");
    final Anchor export = new Anchor();
    final Button lastImport = new Button("Last import", VaadinIcon.FILE_TEXT_O.create());
    private final MemberImport imports;
    final MemberBulkActions accessActions;
    final Span total = new Span();
    final ExportDownload exportDownload;
    /** Read by the download request, which doesn't hold the UI lock; replaced whole on every change. */
    private volatile ExportDownload.Scope exportScope = new ExportDownload.Scope(MemberFilter.none(), List.of());

    MembersView(MemberSearch members, MembersOverview overview, MemberAdmin memberAdmin, MemberEnrolment enrolment,
            MemberImport invitations, InvitationService invitationService) {
        this.members = members;
        this.memberAdmin = memberAdmin;
        this.enrolment = enrolment;
        this.imports = invitations;
        addClassName("members-view");
        // Everything the screen shows when it opens comes from one read-only transaction, the grid's first page too.
        MembersOverview.Opening opening = overview.open(MemberFilter.none(),
                PageRequest.of(0, grid.getPageSize(), Sort.unsorted()));
        List<ProgramChoice> programs = opening.programs();

        search.setPlaceholder("Search name or email");
        search.setAriaLabel("Search name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        role.setAriaLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        role.addValueChangeListener(event -> refresh());
        status.setAriaLabel("Status");
        status.setItems(MemberStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(event -> refresh());
        program.setPlaceholder("Any program");
        program.setAriaLabel("Enrolled in");
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramChoice::title);
        program.setClearButtonVisible(true);
        program.addValueChangeListener(event -> refresh());
        joinedFrom.setPlaceholder("Joined from");
        joinedFrom.setAriaLabel("Joined from");
        joinedFrom.setClearButtonVisible(true);
        joinedFrom.addValueChangeListener(event -> refresh());
        joinedUntil.setPlaceholder("Joined until");
        joinedUntil.setAriaLabel("Joined until (inclusive)");
        joinedUntil.setClearButtonVisible(true);
        joinedUntil.addValueChangeListener(event -> refresh());

        Button invite = new Button("Invite", VaadinIcon.ENVELOPE.create(),
                event -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lastImport.setTooltipText("Progress or report of the newest CSV import you started");
        lastImport.addClickListener(event -> invitations.latest().ifPresent(latest -> openImport(latest.id())));
        lastImport.setVisible(opening.latestImport().isPresent());
        Div toolbar = new Div(search, role, status, program, joinedFrom, joinedUntil, invite, lastImport);
        toolbar.addClassName("list-toolbar");

        enrolIn.setPlaceholder("Program");
        enrolIn.setAriaLabel("Program to enrol in");
        enrolIn.setItems(opening.enrollablePrograms());
        enrolIn.setItemLabelGenerator(ProgramChoice::title);
        enrolSelected.addClickListener(event -> enrolSelected());
        disableSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disableSelected.addClickListener(event -> confirmDisable());
        exportDownload = new ExportDownload(members, () -> exportScope);
        export.setHref(exportDownload);
        export.setText("Export CSV");
        export.setDownload(true);
        export.addClassName("export-link");
        accessActions = new MemberBulkActions(memberAdmin, invitationService, grid::getSelectedItems, this::refresh);
        Div bulk = new Div(new Span("Selected:"), enrolIn, enrolSelected, disableSelected, accessActions, export);
        bulk.addClassName("bulk-actions");

        configureGrid();
        total.addClassName("member-total");
        total.setId("member-total");
        add(new H1("Members"), toolbar, total, bulk, grid);
        showRows(MemberFilter.none(), opening);
    }

    private void openInviteDialog() {
        InviteDialog dialog = new InviteDialog(imports, members.enrollablePrograms(), this::refresh);
        dialog.addOpenedChangeListener(event -> lastImport.setVisible(imports.latest().isPresent()));
        dialog.open();
    }

    /** The "finished" email links to {@code /admin/members?import=<id>}, which opens that import's report. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("import").filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong).ifPresent(this::openImport);
    }

    void openImport(long importId) {
        try {
            imports.progress(importId);
        } catch (IllegalArgumentException gone) {
            notify(gone.getMessage(), NotificationVariant.LUMO_WARNING);
            return;
        }
        new ImportReportDialog(imports, importId, this::refresh).open();
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Name and email take the width their longest text on the page needs, and share what is left over, so an
        // email is cut off only when the window has no room left for it (then a tooltip shows it whole).
        grid.addColumn(MemberRow::displayName).setHeader("Name").setSortProperty("displayName").setKey("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(MemberRow::email).setHeader("Email").setSortProperty("email").setKey("email")
                .setAutoWidth(true).setFlexGrow(1).setTooltipGenerator(MemberRow::email);
        grid.addColumn(row -> row.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(row -> statusBadge(row.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> DATE.withZone(zone).format(row.joinedAt())).setHeader("Joined")
                .setSortProperty("joinedAt").setAutoWidth(true);
        grid.addColumn(row -> row.lastLoginAt() == null ? "Never" : DATE_TIME.withZone(zone).format(row.lastLoginAt()))
                .setHeader("Last sign-in").setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No members match these filters.");
        grid.addItemClickListener(event -> grid.getUI()
                .ifPresent(ui -> ui.navigate(MemberDetailView.class, new com.vaadin.flow.router.RouteParameters("id", String.valueOf(event.getItem().id())))));
        grid.addSelectionListener(event -> updateBulkActions());
        updateBulkActions();
    }

    static Span statusBadge(MemberStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "member-status-" + status.name().toLowerCase());
        return badge;
    }

    MemberFilter filter() {
        return new MemberFilter(search.getValue(), role.getValue(), status.getValue(),
                program.getValue() == null ? null : program.getValue().id(),
                joinedFrom.getValue() == null ? null : joinedFrom.getValue().atStartOfDay(zone).toInstant(),
                joinedUntil.getValue() == null ? null : joinedUntil.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(MemberRow::id).toList();
    }

    private void updateBulkActions() {
        boolean any = !grid.getSelectedItems().isEmpty();
        exportScope = new ExportDownload.Scope(filter(), selectedIds());
        enrolSelected.setEnabled(any);
        disableSelected.setEnabled(any);
        accessActions.update();
        export.setText(any ? "Export selected (CSV)" : "Export all matching (CSV)");
    }

    void refresh() {
        grid.deselectAll();
        updateBulkActions();
        showRows(filter(), null);
    }

    /**
     * The count runs once per filter (each change of filter and each action on members comes through here): Vaadin
     * asks for the size again when later pages arrive, and a page must stay one statement. When the view opens, the
     * count and the first page were read with the rest of the screen, and are used once.
     */
    private void showRows(MemberFilter filter, MembersOverview.@Nullable Opening opening) {
        long[] counted = {-1};
        MembersOverview.Opening[] unused = {opening};
        if (opening != null) {
            counted[0] = opening.count();
            showTotal(opening.count(), filter);
        }
        grid.setItems(query -> {
            Pageable page = toSpringPageRequest(query);
            MembersOverview.Opening read = unused[0];
            unused[0] = null;
            return (read == null ? java.util.Optional.<List<MemberRow>>empty() : read.rowsFor(page))
                    .orElseGet(() -> members.page(filter, page)).stream();
        }, query -> {
            if (counted[0] < 0) {
                counted[0] = members.count(filter);
                showTotal(counted[0], filter);
            }
            return (int) counted[0];
        });
    }

    /** "2,011 members", or with any filter "37 match". */
    private void showTotal(long count, MemberFilter filter) {
        String figure = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
        total.setText(filter.equals(MemberFilter.none()) ? figure + (count == 1 ? " member" : " members")
                : figure + (count == 1 ? " matches" : " match"));
    }

    private void enrolSelected() {
        if (enrolIn.getValue() == null) {
            enrolIn.setErrorMessage("Choose a program first.");
            enrolIn.setInvalid(true);
            return;
        }
        enrolIn.setInvalid(false);
        MemberEnrolment.BulkResult result = enrolment.enrolAll(selectedIds(), enrolIn.getValue().id());
        String message = result.enrolled() + " enrolled in " + enrolIn.getValue().title() + "."
                + (result.problems().isEmpty() ? "" : " Not enrolled: " + String.join(" ", result.problems()));
        notify(message, result.problems().isEmpty() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void confirmDisable() {
        int count = grid.getSelectedItems().size();
        ConfirmDialog confirm = new ConfirmDialog("Disable " + count + " member(s)?",
                "They are signed out at once and can't sign in until enabled again. Your own account is skipped.",
                "Disable", event -> {
                    event.getSource().close();
                    disableSelectedNow();
                }, "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void disableSelectedNow() {
        int disabled = memberAdmin.disableAll(selectedIds());
        notify(disabled + " member(s) disabled.", NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER).addThemeVariants(variant);
    }
}
