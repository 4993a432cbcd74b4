package app.limber.progress.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.limber.account.Role;
import app.limber.content.ui.Notices;
import app.limber.progress.SelfTestDraft;
import app.limber.progress.SelfTestService;
import app.limber.progress.SelfTestSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's self-tests (all of them for admins): a searchable list and an editor dialog. */
@Route("studio/self-tests")
@PageTitle("Self-tests")
@Menu(order = 2.5, icon = "vaadin:clipboard-pulse", title = "Self-tests")
@RolesAllowed(Role.INSTRUCTOR_NAME)
class SelfTestListView extends Main {

    private final SelfTestService selfTests;
    private final TextField search = new TextField();
    private final Grid<SelfTestSummary> grid = new Grid<>();

    SelfTestListView(SelfTestService selfTests) {
        this.selfTests = selfTests;
        addClassNames("studio-list-view", "self-test-list-view");

        search.setPlaceholder("Search names");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search names");
        search.addValueChangeListener(event -> refresh());

        Button add = new Button("New self-test", VaadinIcon.PLUS.create(), event -> edit(SelfTestDraft.blank()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, add);
        toolbar.addClassName("list-toolbar");

        Paragraph intro = new Paragraph("A self-test is a quick measurement runners repeat to see their mobility "
                + "change, such as the knee-to-wall distance. Runners record their results under Progress; "
                + "a program day can remind them to.");
        intro.addClassName("hint");

        grid.addColumn(SelfTestSummary::name).setHeader("Name").setSortProperty("name").setFlexGrow(3);
        grid.addColumn(SelfTestSummary::unit).setHeader("Unit").setSortProperty("unit").setAutoWidth(true);
        grid.addColumn(row -> row.higherIsBetter() ? "Higher" : "Lower").setHeader("Better is")
                .setAutoWidth(true);
        grid.addColumn(row -> row.perSide() ? "Left and right" : "Both together").setHeader("Sides")
                .setAutoWidth(true);
        grid.addColumn(row -> row.active() ? "Active" : "Retired").setHeader("Status").setSortProperty("active")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No self-tests yet. Add one, e.g. the knee-to-wall distance in cm.");
        grid.addItemClickListener(event -> open(event.getItem().id()));

        add(new H1("Self-tests"), intro, toolbar, grid);
        refresh();
    }

    private void open(long id) {
        try {
            edit(selfTests.load(id));
        } catch (IllegalArgumentException gone) {
            Notices.show(gone.getMessage(), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void edit(SelfTestDraft draft) {
        new SelfTestDialog(selfTests, draft, saved -> {
            refresh();
            Notices.show("Saved " + saved.getName(), NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    private void refresh() {
        String words = search.getValue();
        grid.setItems(query -> selfTests.list(words, toSpringPageRequest(query)).stream(),
                query -> (int) selfTests.count(words));
    }

}
