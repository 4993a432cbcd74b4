package app.limber.admin.ui;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.MemberActivity;
import app.limber.account.MemberAdmin;
import app.limber.account.MemberChangeRefusedException;
import app.limber.account.MemberProfile;
import app.limber.account.MemberStatus;
import app.limber.account.MyDataExport;
import app.limber.account.ReadableTime;
import app.limber.account.Role;
import app.limber.account.SignInRecord;
import app.limber.account.SignedInPerson;
import app.limber.admin.MemberEnrolment;
import app.limber.admin.MemberSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * One member for the admin: profile, roles, status, enrolments with progress, last sign-in, activity and sign-in
 * history, and what can be done about them (roles, disable/enable, password reset, delete; enrolments in
 * {@link MemberEnrolmentsSection}).
 */
@Route("admin/members/:id")
@PageTitle("Member")
@RolesAllowed(Role.ADMIN_NAME)
class MemberDetailView extends Main implements BeforeEnterObserver {

    private final ZoneId zone = SignedInPerson.currentZone();
    private final MemberAdmin memberAdmin;
    private final MemberSearch members;
    private final MemberEnrolment enrolment;
    private final MyDataExport myData;
    private long personId;
    private MemberProfile profile;

    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    MemberEnrolmentsSection programs;
    final Grid<SignInRecord> history = new Grid<>();

    MemberDetailView(MemberAdmin memberAdmin, MemberSearch members, MemberEnrolment enrolment, MyDataExport myData) {
        this.memberAdmin = memberAdmin;
        this.myData = myData;
        this.members = members;
        this.enrolment = enrolment;
        addClassName("member-detail-view");
        configureHistory();
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            personId = event.getRouteParameters().getLong("id").orElse(-1L);
            profile = memberAdmin.profile(personId);
        } catch (MemberChangeRefusedException gone) {
            removeAll();
            add(new H1("No such member"), new Anchor("admin/members", "Back to members"));
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        Div status = new Div(MembersView.statusBadge(profile.status()));
        add(new Anchor("admin/members", "← Members"), new H1(profile.displayName()), new Paragraph(profile.email()),
                status, facts(), rolesSection(), actions(), programs = new MemberEnrolmentsSection(personId, members,
                        enrolment), historySection());
    }

    private Section facts() {
        Div list = new Div();
        list.addClassName("member-facts");
        list.add(new Paragraph("Joined: " + ReadableTime.of(profile.joinedAt(), zone)));
        list.add(new Paragraph("Last sign-in: " + (profile.lastLoginAt() == null ? "never"
                : ReadableTime.of(profile.lastLoginAt(), zone))));
        list.add(new Paragraph("Time zone: " + profile.timeZone()));
        for (MemberActivity.Figure figure : memberAdmin.activity(personId)) {
            String text = figure.label() + ": " + figure.count();
            list.add(figure.link() == null ? new Paragraph(text) : new Paragraph(new Anchor(figure.link(), text)));
        }
        return section("Profile", list);
    }

    private Section rolesSection() {
        roles.setValue(profile.roles());
        Button save = new Button("Save roles", event -> attempt(() -> {
            profile = memberAdmin.changeRoles(personId, roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(roles.getValue()), profile.version());
            return "Roles saved. They use the new roles from their next sign-in.";
        }));
        return section("Roles", roles, save);
    }

    private Section actions() {
        Button toggle = profile.status() == MemberStatus.DISABLED
                ? new Button("Enable account", event -> attempt(() -> {
                    profile = memberAdmin.enable(personId);
                    return "Account enabled.";
                }))
                : new Button("Disable account", event -> attempt(() -> {
                    profile = memberAdmin.disable(personId);
                    return "Account disabled. They have been signed out everywhere.";
                }));
        if (profile.status() != MemberStatus.DISABLED) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        boolean invited = profile.status() == MemberStatus.INVITED;
        Button reset = new Button(invited ? "Send invitation again" : "Send password reset", event -> attempt(() -> {
            memberAdmin.sendPasswordReset(personId);
            return invited ? "A new invitation link is on its way." : "A password reset link is on its way.";
        }));
        reset.setEnabled(profile.status() != MemberStatus.DISABLED);
        Button delete = new Button("Delete account", event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return section("Access", toggle, reset, dataDownload(), delete);
    }

    /** Everything stored about the member, as the JSON file they would download themselves. */
    private Anchor dataDownload() {
        long member = personId;
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = myData.exportJsonOf(member).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "member-" + member + "-data.json",
                    "application/json", json.length);
        }), "Download their data (JSON)");
        download.setDownload(true);
        download.addClassName("member-data-download");
        return download;
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + profile.displayName() + "'s account?",
                "Their progress is removed and their comments stay without their name. This can't be undone.",
                "Delete account", event -> deleteNow(), "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void deleteNow() {
        try {
            memberAdmin.delete(personId);
            MembersView.notify("Account deleted.", NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(MembersView.class));
        } catch (MemberChangeRefusedException refused) {
            MembersView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void configureHistory() {
        history.addColumn(row -> ReadableTime.of(row.at(), zone)).setHeader("When").setKey("when")
                .setAutoWidth(true);
        history.addColumn(SignInRecord::from).setHeader("From").setAutoWidth(true);
        history.addColumn(row -> row.outcome().charAt(0) + row.outcome().substring(1).toLowerCase())
                .setHeader("Outcome").setAutoWidth(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No sign-in attempts yet.");
    }

    private Section historySection() {
        history.setItems(memberAdmin.signInHistory(personId));
        return section("Sign-in history (newest 20)", history);
    }

    /** Runs an action, shows its message, and redraws the page; a refusal is shown and nothing else changes. */
    private void attempt(java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            profile = memberAdmin.profile(personId);
            show();
            MembersView.notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (MemberChangeRefusedException | IllegalArgumentException refused) {
            MembersView.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (ChangedBySomeoneElseException changed) {
            MembersView.notify(changed.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static Section section(String title, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(title));
        section.add(content);
        section.addClassName("member-section");
        return section;
    }
}
