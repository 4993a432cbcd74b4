package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.ChangedBySomeoneElseException;
import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.AccountChangeRefusedException;
import app.limber.account.AuditEntry;
import app.limber.account.AuditFilter;
import app.limber.account.AuditLogQuery;
import app.limber.account.InvitationService;
import app.limber.account.MemberAdmin;
import app.limber.account.MemberChangeRefusedException;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;

/** What an admin does to members: invitations (single and CSV), roles, disabling, resets, enrolments. */
@Import(TestAccounts.class)
class MemberManagementTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    static final Pattern INVITATION = Pattern.compile("https://limber\\.example/invitation\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    MemberImport memberImport;

    @Autowired
    MemberEnrolment memberEnrolment;

    @Autowired
    MemberSearch members;

    @Autowired
    AuditLogQuery audit;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    TestAccounts accounts;

    SignedInPerson admin;
    SignedInPerson sam;

    @BeforeEach
    void people() {
        admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        sam = accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        actAs(admin);
    }

    String invitationTokenFor(String email) throws Exception {
        for (var message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                String body = GreenMailUtil.getBody(message).replace("=\r\n", "");
                Matcher link = INVITATION.matcher(body);
                assertThat(link.find()).as("invitation link in %s", body).isTrue();
                return link.group(1);
            }
        }
        throw new AssertionError("No email to " + email);
    }

    List<String> auditActions() {
        return audit.page(AuditFilter.none(), PageRequest.of(0, 100)).stream().map(AuditEntry::action).toList();
    }

    long publishedProgram(long id, String title) {
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (?, ?, ?, ?, 30, 'PUBLISHED', now(), now())""", id, admin.personId(), title,
                "program-" + id);
        return id;
    }

    @Test
    void anInviteeSetsAPasswordOnceWithTheEmailedLinkAndBecomesActive() throws Exception {
        InvitationService.Outcome outcome = invitations.invite(" Lee@Example.test ", "Lee Novak");
        assertThat(outcome.result()).isEqualTo(InvitationService.Result.CREATED);
        long lee = outcome.personId();
        assertThat(memberAdmin.profile(lee).status()).isEqualTo(MemberStatus.INVITED);
        assertThat(memberAdmin.profile(lee).roles()).containsExactly(Role.RUNNER);
        assertThat(auditActions()).containsExactly("member.invited");

        String token = invitationTokenFor("lee@example.test");
        assertThat(invitations.invitee(token)).contains("Lee Novak");
        assertThatThrownBy(() -> invitations.accept(token, "short"))
                .isInstanceOf(AccountChangeRefusedException.class);
        invitations.accept(token, "ankles bend before the hills");

        assertThat(memberAdmin.profile(lee).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(auditActions()).containsExactly("member.joined", "member.invited");
        assertThat(invitations.invitee(token)).as("the link is used up").isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "another long password"))
                .isInstanceOf(AccountChangeRefusedException.class).hasMessageContaining("expired or was already used");
    }

    @Test
    void anInvitationLinkExpiresAfterSevenDays() throws Exception {
        invitations.invite("lee@example.test", "Lee Novak");
        String token = invitationTokenFor("lee@example.test");
        clock.advance(InvitationService.VALID_FOR.plus(Duration.ofMinutes(1)));
        assertThat(invitations.invitee(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "ankles bend before the hills"))
                .isInstanceOf(AccountChangeRefusedException.class);
    }

    @Test
    void invitingAnExistingEmailOrABadOneChangesNothing() {
        assertThat(invitations.invite("SAM@example.test", "Sam Again").result())
                .isEqualTo(InvitationService.Result.ALREADY_EXISTS);
        assertThat(invitations.invite("not-an-email", "Nobody").result()).isEqualTo(InvitationService.Result.INVALID);
        assertThat(invitations.invite("x@example.test", " ").result()).isEqualTo(InvitationService.Result.INVALID);
        assertThat(members.count(MemberFilter.none())).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void csvImportKeepsNamesThatLookLikeFormulasAsPlainText() throws Exception {
        String csv = """
                name,email
                "=cmd|' /C calc'!A0",calc@example.test
                @Lee,at@example.test
                -Noor+,minus@example.test
                """;
        var report = memberImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report).extracting(MemberImport.RowReport::result).containsOnly(MemberImport.Result.CREATED);
        assertThat(jdbc.queryForList("select display_name from people where email in (?, ?, ?) order by email",
                String.class, "at@example.test", "calc@example.test", "minus@example.test"))
                .containsExactly("@Lee", "=cmd|' /C calc'!A0", "-Noor+");
    }

    @Test
    void csvImportReportsEachRowAndChangesNothingForInvalidRows() throws Exception {
        publishedProgram(900, "Back on track");
        String csv = """
                name,email,program
                Lee Novak,lee@example.test,Back on track
                "Okafor, Noor",noor@example.test
                Sam Rivera,sam@example.test
                Lee Again,LEE@example.test
                No Email,,
                Bad Program,bad@example.test,Marathon in a week
                Too,many,columns,here
                Tess Berg,tess@example.test,
                """;
        var report = memberImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report).extracting(MemberImport.RowReport::email, MemberImport.RowReport::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lee@example.test", MemberImport.Result.CREATED),
                org.assertj.core.groups.Tuple.tuple("noor@example.test", MemberImport.Result.CREATED),
                org.assertj.core.groups.Tuple.tuple("sam@example.test", MemberImport.Result.ALREADY_EXISTS),
                org.assertj.core.groups.Tuple.tuple("LEE@example.test", MemberImport.Result.ALREADY_EXISTS),
                org.assertj.core.groups.Tuple.tuple("", MemberImport.Result.INVALID),
                org.assertj.core.groups.Tuple.tuple("bad@example.test", MemberImport.Result.INVALID),
                org.assertj.core.groups.Tuple.tuple("many", MemberImport.Result.INVALID),
                org.assertj.core.groups.Tuple.tuple("tess@example.test", MemberImport.Result.CREATED));
        assertThat(report.get(1).name()).isEqualTo("Okafor, Noor");
        assertThat(report.get(5).message()).contains("not found");
        assertThat(report.get(0).line()).isEqualTo(2);

        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.INVITED))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from people where email = 'bad@example.test'", Long.class))
                .isZero();
        assertThat(members.page(MemberFilter.none().withProgram(900L), PageRequest.of(0, 10)))
                .extracting(MemberRow::email).containsExactly("lee@example.test");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(auditActions()).containsOnly("member.invited", "enrolment.created");
    }

    @Test
    void aRowWhoseEnrolmentFailsCreatesNoAccountEither() throws Exception {
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (901, ?, 'Draft plan', 'draft-plan', 30, 'DRAFT', now(), now())""", admin.personId());
        var report = memberImport.importCsv(new ByteArrayInputStream(
                "Lee Novak,lee@example.test,Draft plan\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(report).singleElement().extracting(MemberImport.RowReport::result)
                .isEqualTo(MemberImport.Result.INVALID);
        assertThat(jdbc.queryForObject("select count(*) from people where email = 'lee@example.test'", Long.class))
                .isZero();
        assertThat(audit.count(AuditFilter.none())).isZero();
    }

    @Test
    void disablingEndsEverySessionAtOnceAndIsLogged() {
        sessionRegistry.registerNewSession("sam-phone", sam);
        sessionRegistry.registerNewSession("sam-laptop", sam);

        memberAdmin.disable(sam.personId());

        assertThat(sessionRegistry.getSessionInformation("sam-phone").isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation("sam-laptop").isExpired()).isTrue();
        assertThat(memberAdmin.profile(sam.personId()).status()).isEqualTo(MemberStatus.DISABLED);
        memberAdmin.enable(sam.personId());
        assertThat(memberAdmin.profile(sam.personId()).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(auditActions()).containsExactly("member.enabled", "member.disabled");
    }

    @Test
    void bulkDisableSkipsTheAdminThemself() {
        var kim = accounts.create(Set.of(Role.RUNNER));
        assertThat(memberAdmin.disableAll(List.of(sam.personId(), kim.personId(), admin.personId()))).isEqualTo(2);
        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.DISABLED))).isEqualTo(2);
    }

    @Test
    void roleChangesAreLoggedCheckedForStalenessAndNeverLockTheAdminOut() {
        var profile = memberAdmin.profile(sam.personId());
        profile = memberAdmin.changeRoles(sam.personId(), EnumSet.of(Role.RUNNER, Role.INSTRUCTOR), profile.version());
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.RUNNER, Role.INSTRUCTOR);
        long stale = profile.version() - 1;
        assertThatThrownBy(() -> memberAdmin.changeRoles(sam.personId(), EnumSet.of(Role.RUNNER), stale))
                .isInstanceOf(ChangedBySomeoneElseException.class);
        assertThatThrownBy(() -> memberAdmin.changeRoles(sam.personId(), EnumSet.noneOf(Role.class),
                memberAdmin.profile(sam.personId()).version())).isInstanceOf(MemberChangeRefusedException.class);
        long mine = memberAdmin.profile(admin.personId()).version();
        assertThatThrownBy(() -> memberAdmin.changeRoles(admin.personId(), EnumSet.of(Role.RUNNER), mine))
                .isInstanceOf(MemberChangeRefusedException.class);
        assertThatThrownBy(() -> memberAdmin.disable(admin.personId()))
                .isInstanceOf(MemberChangeRefusedException.class);
        var entries = audit.page(AuditFilter.none(), PageRequest.of(0, 10));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("member.roles_changed");
            assertThat(entry.subjectLabel()).isEqualTo("Sam Rivera <sam@example.test>");
            assertThat(entry.details()).isEqualTo("Runner → Runner, Instructor");
            assertThat(entry.actorName()).isEqualTo("Ada Admin");
        });
    }

    @Test
    void anAdminSendsAPasswordResetLink() {
        memberAdmin.sendPasswordReset(sam.personId());
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(GreenMailUtil.getBody(mail)).contains("/reset-password?token="));
        assertThat(auditActions()).containsExactly("member.password_reset_sent");
    }

    @Test
    void enrolsSeveralAndRemovesAnEnrolment() {
        publishedProgram(900, "Back on track");
        var kim = accounts.create(Set.of(Role.RUNNER));
        var result = memberEnrolment.enrolAll(List.of(sam.personId(), kim.personId()), 900);
        assertThat(result.enrolled()).isEqualTo(2);
        var again = memberEnrolment.enrolAll(List.of(sam.personId()), 900);
        assertThat(again.enrolled()).isZero();
        assertThat(again.problems()).singleElement().asString().contains("Already enrolled");
        EnrolmentRow enrolment = members.enrolments(sam.personId()).getFirst();
        assertThat(enrolment.programTitle()).isEqualTo("Back on track");
        memberEnrolment.remove(enrolment.id());
        assertThat(members.enrolments(sam.personId())).isEmpty();
        assertThat(members.count(MemberFilter.none().withProgram(900L))).isEqualTo(1);
    }

    @Test
    void runnersAndInstructorsCanDoNoneOfIt() {
        for (Role role : List.of(Role.RUNNER, Role.INSTRUCTOR)) {
            actAs(accounts.create(Set.of(role)));
            long target = sam.personId();
            assertThatThrownBy(() -> memberAdmin.profile(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.signInHistory(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.changeRoles(target, EnumSet.of(Role.ADMIN), 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.disable(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.disableAll(List.of(target)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.enable(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.sendPasswordReset(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberAdmin.delete(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.invite("x@example.test", "X"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberImport.importCsv(new ByteArrayInputStream(new byte[0])))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberEnrolment.enrol(target, 1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberEnrolment.remove(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> members.enrolments(target)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(memberAdminProfileAsAdmin().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    private app.limber.account.MemberProfile memberAdminProfileAsAdmin() {
        actAs(admin);
        return memberAdmin.profile(sam.personId());
    }
}
