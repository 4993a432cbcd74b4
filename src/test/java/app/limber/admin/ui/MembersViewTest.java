package app.limber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.TestMailbox;
import app.limber.UiTest;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.platform.jobs.BackgroundJobs;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import app.limber.admin.MemberRow;
import app.limber.admin.ProgramChoice;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MembersViewTest extends UiTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @org.springframework.beans.factory.annotation.Autowired
    BackgroundJobs jobs;

    SignedInPerson admin;
    SignedInPerson sam;
    SignedInPerson maya;

    @BeforeEach
    void members() {
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, 'PUBLISHED', now(), now())""",
                maya.personId());
        loginAs(admin);
    }

    @SuppressWarnings("unchecked")
    Grid<MemberRow> grid() {
        return ((MembersView) currentView()).grid;
    }

    List<String> shownNames() {
        Grid<MemberRow> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).displayName())
                .toList();
    }

    @Test
    void filtersNarrowTheGridInTheDatabase() {
        MembersView view = (MembersView) navigateTo("admin/members");
        assertThat(shownNames()).containsExactly("Ada Admin", "Maya Lindqvist", "Sam Rivera");
        view.search.setValue("RIVERA");
        assertThat(shownNames()).containsExactly("Sam Rivera");
        view.search.clear();
        view.role.setValue(Role.INSTRUCTOR);
        assertThat(shownNames()).as("roles as held, not as implied by admin").containsExactly("Maya Lindqvist");
        view.role.clear();
        view.status.setValue(MemberStatus.DISABLED);
        assertThat(shownNames()).isEmpty();
    }

    @Test
    void bulkDisableAndEnrolActOnTheSelectedMembers() {
        var kim = accounts.create("kim@example.test", "Kim Okafor", Set.of(Role.RUNNER));
        MembersView view = (MembersView) navigateTo("admin/members");
        view.search.setValue("example.test");
        Grid<MemberRow> grid = grid();
        grid.select(GridKt._get(grid, 0)); // Kim, newest
        grid.select(GridKt._get(grid, 3)); // Sam
        view.enrolIn.setValue(new ProgramChoice(900, "Back on track"));
        _click(view.enrolSelected);
        NotificationsKt.expectNotifications("2 enrolled in Back on track.");
        view.program.setValue(new ProgramChoice(900, "Back on track"));
        assertThat(shownNames()).containsExactly("Kim Okafor", "Sam Rivera");

        grid.select(GridKt._get(grid, 0));
        view.disableSelectedNow();
        view.program.clear();
        view.status.setValue(MemberStatus.DISABLED);
        assertThat(shownNames()).containsExactly("Kim Okafor");
        assertThat(kim.personId()).isPositive();
    }

    @Test
    void anAdminInvitesOnePersonAndSeesThemAsInvited() {
        MembersView view = (MembersView) navigateTo("admin/members");
        _click(_get(Button.class, spec -> spec.withText("Invite")));
        InviteDialog dialog = _get(InviteDialog.class);
        dialog.name.setValue("Lee Novak");
        dialog.email.setValue("lee@example.test");
        _click(dialog.invite);
        NotificationsKt.expectNotifications("Lee Novak: Invited.");
        view.status.setValue(MemberStatus.INVITED);
        assertThat(shownNames()).containsExactly("Lee Novak");

        dialog.name.setValue("Sam Again");
        dialog.email.setValue("sam@example.test");
        _click(dialog.invite);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).contains("already has an account");
    }

    @Test
    void csvImportShowsProgressThenALazilyPagedReport() {
        MembersView view = (MembersView) navigateTo("admin/members");
        assertThat(view.lastImport.isVisible()).as("no import yet").isFalse();
        _click(_get(Button.class, spec -> spec.withText("Invite")));
        InviteDialog dialog = _get(InviteDialog.class);
        dialog.importCsv("""
                Lee Novak,lee@example.test,Back on track
                Sam Rivera,sam@example.test
                Nobody,not-an-email
                "Kim Park,kim@example.test
                Tess Berg,tess@example.test
                """.getBytes(StandardCharsets.UTF_8), "spring-group.csv");
        ImportReport shown = dialog.importReport;
        assertThat(shown.progress.getText()).startsWith("Importing in the background: 2 of 5 rows.");
        assertThat(shown.bar.getValue()).isEqualTo(0.4);
        assertThat(UI.getCurrent().getPollInterval()).as("the page polls while the import runs")
                .isEqualTo(ImportReport.POLL_MILLIS);
        assertThat(shown.report.isVisible()).isFalse();

        jobs.runNow("admin.member-imports");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(shown.summary.getText()).isEqualTo("2 invited, 1 already members, 2 with problems.");
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the import is done").isEqualTo(-1);
        assertThat(shown.report.getDataProvider().isInMemory()).as("the report pages from the database").isFalse();
        assertThat(shown.report.getPageSize()).isEqualTo(ImportReport.PAGE_SIZE);
        assertThat(GridKt._size(shown.report)).isEqualTo(5);
        assertThat(GridKt._get(shown.report, 2).message()).contains("not an email address");
        assertThat(GridKt._get(shown.report, 3).line()).isEqualTo(4);
        assertThat(GridKt._get(shown.report, 3).message()).contains("quote");
        assertThat(shownNames()).contains("Lee Novak", "Tess Berg");

        dialog.close();
        assertThat(view.lastImport.isVisible()).isTrue();
    }

    @Test
    void theFinishedEmailsLinkOpensTheReportAfterAReload() {
        navigateTo("admin/members");
        _click(_get(Button.class, spec -> spec.withText("Invite")));
        _get(InviteDialog.class).importCsv("Lee Novak,lee@example.test\n".getBytes(StandardCharsets.UTF_8),
                "one.csv");
        jobs.runNow("admin.member-imports");
        long importId = jdbc.queryForObject("select max(id) from member_imports", Long.class);
        UI.getCurrent().getPage().reload();

        navigateTo("admin/members?import=" + importId);
        ImportReportDialog reopened = _get(ImportReportDialog.class);
        assertThat(reopened.importReport.summary.getText()).isEqualTo("1 invited, 0 already members, 0 with problems.");
        assertThat(GridKt._get(reopened.importReport.report, 0).email()).isEqualTo("lee@example.test");
    }

    @Test
    void exportWritesTheSelectedMembersOrElseAllThatMatch() throws Exception {
        MembersView view = (MembersView) navigateTo("admin/members");
        view.role.setValue(Role.RUNNER);
        assertThat(view.export.getText()).isEqualTo("Export all matching (CSV)");
        assertThat(download(view)).containsExactly("name,email,roles,status,joined,last_sign_in",
                "Sam Rivera,sam@example.test,RUNNER,ACTIVE,");

        view.role.clear();
        Grid<MemberRow> grid = grid();
        grid.select(GridKt._get(grid, 1)); // Maya
        assertThat(view.export.getText()).isEqualTo("Export selected (CSV)");
        assertThat(download(view)).containsExactly("name,email,roles,status,joined,last_sign_in",
                "Maya Lindqvist,maya@example.test,INSTRUCTOR,ACTIVE,");
    }

    private List<String> download(MembersView view) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var response = org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinResponse.class);
        org.mockito.Mockito.when(response.getOutputStream()).thenReturn(out);
        var event = new com.vaadin.flow.server.streams.DownloadEvent(
                org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinRequest.class), response,
                com.vaadin.flow.server.VaadinSession.getCurrent(), view.export.getElement());
        view.exportDownload.handleDownloadRequest(event);
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> line.replaceAll(",[0-9][0-9T:.Z-]+,$", ",")).toList();
    }

    @Test
    void theTotalSaysHowManyMembersOrHowManyMatchFromTheGridsOneCount() {
        MembersView view = (MembersView) navigateTo("admin/members");
        MockVaadin.clientRoundtrip(false);
        assertThat(view.total.getText()).isEqualTo("3 members");

        long statements = statementsDuring(() -> {
            view.search.setValue("RIVERA");
            MockVaadin.clientRoundtrip(false);
        });
        assertThat(view.total.getText()).isEqualTo("1 matches");
        assertThat(statements).as("one page and one count").isEqualTo(2);
        view.search.setValue("example.test");
        MockVaadin.clientRoundtrip(false);
        assertThat(view.total.getText()).isEqualTo("3 match");
    }

    @Test
    void bulkEnableChangeRoleAndResendInvitationAskFirstAndSayHowManyTheyChanged() throws Exception {
        var lee = accounts.create("lee@example.test", "Lee Novak", Set.of(Role.RUNNER));
        jdbc.update("update people set invitation_pending = true where id = ?", lee.personId());
        jdbc.update("update people set enabled = false where id = ?", sam.personId());
        MembersView view = (MembersView) navigateTo("admin/members");
        view.search.setValue("example.test");
        Grid<MemberRow> grid = grid(); // Lee, Ada, Maya, Sam: newest first
        MemberBulkActions actions = view.accessActions;

        grid.select(GridKt._get(grid, 2));
        grid.select(GridKt._get(grid, 3));
        _click(actions.enableSelected);
        assertThat(header(actions.confirmation)).isEqualTo("Enable 1 of the 2 selected members?");
        confirm(actions.confirmation);
        NotificationsKt.expectNotifications("1 member enabled.");
        assertThat(jdbc.queryForObject("select enabled from people where id = ?", Boolean.class, sam.personId()))
                .isTrue();

        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 3));
        _click(actions.resendInvitation);
        assertThat(header(actions.confirmation)).isEqualTo("Send the invitation again to 1 of the 2 selected members?");
        confirm(actions.confirmation);
        NotificationsKt.expectNotifications("Invitation sent again to 1 member.");
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> assertThat(
                mail.getAllRecipients()[0].toString()).isEqualTo("lee@example.test"));

        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 3));
        _click(actions.changeRole);
        assertThat(actions.newRole.isInvalid()).as("no role chosen yet").isTrue();
        actions.newRole.setValue(Role.INSTRUCTOR);
        _click(actions.changeRole);
        assertThat(header(actions.confirmation)).isEqualTo("Change 2 members to Instructor?");
        confirm(actions.confirmation);
        NotificationsKt.expectNotifications("2 members now Instructor only.");
        assertThat(jdbc.queryForList("select distinct role from person_roles where person_id in (?, ?)", String.class,
                lee.personId(), sam.personId())).containsExactly("INSTRUCTOR");

        assertThat(jdbc.queryForList("select action from audit_events order by id", String.class))
                .containsExactly("member.enabled", "member.invited", "member.roles_changed", "member.roles_changed");
    }

    private static String header(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("header");
    }

    private static void confirm(ConfirmDialog dialog) {
        assertThat(dialog.isOpened()).isTrue();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }
}
