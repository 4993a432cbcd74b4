package app.limber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.TestMailbox;
import app.limber.UiTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.admin.EnrolmentRow;
import app.limber.admin.ProgramChoice;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;

class MemberDetailViewTest extends UiTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    SessionRegistry sessionRegistry;

    SignedInPerson sam;
    SignedInPerson admin;

    @BeforeEach
    void aRunner() {
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, 'PUBLISHED', now(), now())""", sam.personId());
        jdbc.update("""
                insert into login_attempts (email, person_id, ip, outcome, attempted_at)
                values ('sam@example.test', ?, '198.51.100.7', 'SUCCEEDED', now())""", sam.personId());
        admin = loginAs(Role.ADMIN);
    }

    @Test
    void showsProfileAndSignInHistoryAndChangesRoles() {
        MemberDetailView view = (MemberDetailView) navigateTo("admin/members/" + sam.personId());
        assertThat(_get(Paragraph.class, spec -> spec.withText("sam@example.test"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Comments: 0")).getHref())
                .as("to the moderation queue, showing this member's comments")
                .isEqualTo("admin/comments?member=" + sam.personId());
        assertThat(_get(Anchor.class, spec -> spec.withText("Download their data (JSON)")).getElement()
                .hasAttribute("download")).isTrue();
        assertThat(GridKt._size(view.history)).isEqualTo(1);
        assertThat(GridKt._get(view.history, 0).from()).isEqualTo("198.51.100.7");
        assertThat(GridKt._getFormatted(view.history, 0, "when")).as("a local time, like the audit log's")
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");

        view.roles.setValue(Set.of(Role.RUNNER, Role.INSTRUCTOR));
        _click(_get(Button.class, spec -> spec.withText("Save roles")));
        NotificationsKt.expectNotifications("Roles saved. They use the new roles from their next sign-in.");
        assertThat(jdbc.queryForList("select role from person_roles where person_id = ? order by role", String.class,
                sam.personId())).containsExactly("INSTRUCTOR", "RUNNER");
    }

    @Test
    void disablingSignsThemOutEverywhereAndEnablingLetsThemBack() {
        sessionRegistry.registerNewSession("sam-phone", sam);
        navigateTo("admin/members/" + sam.personId());
        _click(_get(Button.class, spec -> spec.withText("Disable account")));
        NotificationsKt.expectNotifications("Account disabled. They have been signed out everywhere.");
        assertThat(sessionRegistry.getSessionInformation("sam-phone").isExpired()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Enable account")));
        NotificationsKt.expectNotifications("Account enabled.");
    }

    @Test
    void sendsAPasswordResetAndEnrolsAndRemoves() {
        MemberDetailView view = (MemberDetailView) navigateTo("admin/members/" + sam.personId());
        _click(_get(Button.class, spec -> spec.withText("Send password reset")));
        NotificationsKt.expectNotifications("A password reset link is on its way.");
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        view.programs.enrolIn.setValue(new ProgramChoice(900, "Back on track"));
        _click(_get(Button.class, spec -> spec.withText("Enrol")));
        NotificationsKt.expectNotifications("Enrolled in Back on track from today.");
        EnrolmentRow row = GridKt._get(view.programs.enrolments, 0);
        assertThat(row.programTitle()).isEqualTo("Back on track");
        assertThat(row.completedSessions()).isZero();
        _click((Button) GridKt._getCellComponent(view.programs.enrolments, 0, "remove"));
        assertThat(GridKt._size(view.programs.enrolments)).isZero();
    }

    @Test
    void enrolsFromAStartDatePausesResumesAndStartsAgainAuditedWithTheAdminAsActor() {
        clock.set(java.time.Instant.parse("2026-03-10T09:00:00Z"));
        MemberDetailView view = (MemberDetailView) navigateTo("admin/members/" + sam.personId());
        view.programs.enrolIn.setValue(new ProgramChoice(900, "Back on track"));
        view.programs.startOn.setValue(java.time.LocalDate.parse("2026-03-07"));
        _click(_get(Button.class, spec -> spec.withText("Enrol")));
        NotificationsKt.expectNotifications("Enrolled in Back on track from 2026-03-07.");
        assertThat(GridKt._get(view.programs.enrolments, 0).startDate()).isEqualTo("2026-03-07");

        _click(rowAction(view, "Pause"));
        NotificationsKt.expectNotifications(
                "Paused Back on track. Nothing new is released until it is resumed.");
        assertThat(GridKt._get(view.programs.enrolments, 0).status()).isEqualTo("PAUSED");

        // Two days later the admin resumes it: day 4 again, so the start date moves on by two days.
        clock.set(java.time.Instant.parse("2026-03-12T09:00:00Z"));
        _click(rowAction(view, "Resume"));
        NotificationsKt.expectNotifications("Resumed Back on track on the day it was paused.");
        EnrolmentRow resumed = GridKt._get(view.programs.enrolments, 0);
        assertThat(resumed.status()).isEqualTo("ACTIVE");
        assertThat(resumed.startDate()).isEqualTo("2026-03-09");

        _click(rowAction(view, "Start again…"));
        _get(com.vaadin.flow.component.dialog.Dialog.class);
        _click(_get(Button.class, spec -> spec.withText("Start again")));
        NotificationsKt.expectNotifications("Started Back on track again from 2026-03-12.");
        assertThat(GridKt._size(view.programs.enrolments)).isEqualTo(2);
        assertThat(GridKt._get(view.programs.enrolments, 0).status()).isEqualTo("ACTIVE");
        assertThat(GridKt._get(view.programs.enrolments, 1).status()).isEqualTo("RESTARTED");

        String by = " by " + admin.displayName() + ": Sam Rivera in Back on track";
        assertThat(jdbc.queryForList("select action || ' by ' || actor_name || ': ' || subject_label from audit_events"
                + " where subject_type = 'enrolment' and actor_id = ? order by id", String.class, admin.personId()))
                .containsExactly("enrolment.created" + by, "enrolment.paused" + by, "enrolment.resumed" + by,
                        "enrolment.restarted" + by);
    }

    /** A button in the first enrolment row's actions cell (grid cells are outside Karibu's component tree). */
    private static Button rowAction(MemberDetailView view, String label) {
        return _get(GridKt._getCellComponent(view.programs.enrolments, 0, "actions"), Button.class,
                spec -> spec.withText(label));
    }

    @Test
    void aStartDateTooFarAheadIsRefusedWithAMessageAndNothingEnrolled() {
        MemberDetailView view = (MemberDetailView) navigateTo("admin/members/" + sam.personId());
        view.programs.enrolIn.setValue(new ProgramChoice(900, "Back on track"));
        view.programs.startOn.setMax(null);
        view.programs.startOn.setValue(java.time.LocalDate.now().plusDays(200));
        _click(_get(Button.class, spec -> spec.withText("Enrol")));
        NotificationsKt.expectNotifications("Choose a start date within the next 90 days.");
        assertThat(GridKt._size(view.programs.enrolments)).isZero();
    }

    @Test
    void deletingAnonymisesTheAccount() {
        MemberDetailView view = (MemberDetailView) navigateTo("admin/members/" + sam.personId());
        view.deleteNow();
        assertThat(currentPath()).isEqualTo("admin/members");
        assertThat(jdbc.queryForObject("select display_name from people where id = ?", String.class, sam.personId()))
                .isEqualTo("Former member");
        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Long.class)).isZero();
    }
}
