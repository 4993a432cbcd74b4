package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.limber.IntegrationTest;
import app.limber.TestMailbox;
import app.limber.account.AuditEntry;
import app.limber.account.AuditFilter;
import app.limber.account.AuditLogQuery;
import app.limber.account.InvitationService;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import app.limber.platform.jobs.BackgroundJobs;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

@Import(TestAccounts.class)
class MemberImportTest extends IntegrationTest {

    @RegisterExtension
    static TestMailbox smtp = new TestMailbox();

    @Autowired
    MemberImport memberImport;

    @Autowired
    MemberSearch members;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    AuditLogQuery audit;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InvitationService invitations;

    SignedInPerson admin;

    @BeforeEach
    void people() {
        admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        actAs(admin);
    }

    /** Uploads the file and lets the background job finish it, as the scheduler would. */
    long importInBackground(byte[] csv) {
        long id = memberImport.start(csv, "members.csv");
        for (int run = 0; run < 10 && !memberImport.progress(id).finished(); run++) {
            jobs.runNow(MemberImportJob.NAME);
        }
        assertThat(memberImport.progress(id).finished()).isTrue();
        return id;
    }

    long importInBackground(String csv) {
        return importInBackground(csv.getBytes(StandardCharsets.UTF_8));
    }

    List<RowReport> report(long id) {
        return memberImport.report(id, 0, MemberImport.MAX_PAGE);
    }

    long people(String email) {
        return jdbc.queryForObject("select count(*) from people where email = ?", Long.class, email);
    }

    @Test
    void everyRowIsReportedAndInvalidRowsChangeNothing() {
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, 'PUBLISHED', now(), now())""", admin.personId());
        long id = importInBackground("""
                name,email,program
                Lee Novak,lee@example.test,Back on track
                "Okafor, Noor",noor@example.test
                Sam Rivera,sam@example.test
                Lee Again,LEE@example.test
                No Email,,
                Bad Program,bad@example.test,Marathon in a week
                Too,many,columns,here
                Tess Berg,tess@example.test,
                """);

        List<RowReport> report = report(id);
        assertThat(report).extracting(RowReport::line, RowReport::email, RowReport::result).containsExactly(
                tuple(2L, "lee@example.test", Result.CREATED),
                tuple(3L, "noor@example.test", Result.CREATED),
                tuple(4L, "sam@example.test", Result.ALREADY_EXISTS),
                tuple(5L, "LEE@example.test", Result.ALREADY_EXISTS),
                tuple(6L, "", Result.INVALID),
                tuple(7L, "bad@example.test", Result.INVALID),
                tuple(8L, "many", Result.INVALID),
                tuple(9L, "tess@example.test", Result.CREATED));
        assertThat(report.get(1).name()).isEqualTo("Okafor, Noor");
        assertThat(report.get(5).message()).contains("not found");
        assertThat(report.get(6).message()).contains("found 4 column(s)");
        assertThat(memberImport.progress(id)).extracting(ImportProgress::total, ImportProgress::processed,
                ImportProgress::invited, ImportProgress::skipped, ImportProgress::invalid)
                .containsExactly(8, 8, 3, 2, 3);

        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.INVITED))).isEqualTo(3);
        assertThat(people("bad@example.test")).isZero();
        assertThat(members.page(MemberFilter.none().withProgram(900L), PageRequest.of(0, 10)))
                .extracting(MemberRow::email).containsExactly("lee@example.test");
        assertThat(invitationsSent()).containsExactlyInAnyOrder("lee@example.test", "noor@example.test",
                "tess@example.test");
        assertThat(audit.page(AuditFilter.none(), PageRequest.of(0, 100)).stream().map(AuditEntry::action))
                .containsOnly("member.invited", "enrolment.created");
    }

    @Test
    void aMalformedLineInTheMiddleIsReportedWithItsLineNumberAndTheRestImports() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("""
                name,email
                Lee Novak,lee@example.test

                Noor "the fast" Okafor,noor@example.test
                "Kim Park,kim@example.test
                Jo "Jojo,jo@example.test
                "Ana" Silva,ana@example.test
                """.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'B', 'a', (byte) 0xC3, (byte) 0x28, ',', 'b', 'a', '@', 'x', '.', 't', '\r', '\n'});
        file.writeBytes("Tess Berg,tess@example.test\r\n".getBytes(StandardCharsets.UTF_8));

        long id = importInBackground(file.toByteArray());

        List<RowReport> report = report(id);
        assertThat(report).extracting(RowReport::line, RowReport::result).containsExactly(
                tuple(2L, Result.CREATED),
                tuple(4L, Result.CREATED),
                tuple(5L, Result.INVALID),
                tuple(6L, Result.CREATED),
                tuple(7L, Result.INVALID),
                tuple(8L, Result.INVALID),
                tuple(9L, Result.CREATED));
        assertThat(report.get(1).name()).as("a quote inside an unquoted field is just a character")
                .isEqualTo("Noor \"the fast\" Okafor");
        assertThat(report.get(2).message()).contains("quote").contains("«\"Kim Park,kim@example.test»");
        assertThat(report.get(3).name()).as("unquoted, the quote is literal").isEqualTo("Jo \"Jojo");
        assertThat(report.get(4).message()).contains("quote");
        assertThat(report.get(5).message()).contains("not UTF-8");
        assertThat(people("lee@example.test") + people("noor@example.test") + people("tess@example.test")).isEqualTo(3);
        assertThat(people("kim@example.test") + people("ana@example.test")).isZero();
    }

    @Test
    void aBatchWithARefusedRowIsRedoneRowByRowAndTheRefusedRowLeavesNothing() {
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, status, created_at, updated_at)
                values (901, ?, 'Draft plan', 'draft-plan', 30, 'DRAFT', now(), now())""", admin.personId());
        long id = importInBackground("""
                Lee Novak,lee@example.test
                Noor Okafor,noor@example.test,Draft plan
                Tess Berg,tess@example.test
                """);

        assertThat(report(id)).extracting(RowReport::email, RowReport::result).containsExactly(
                tuple("lee@example.test", Result.CREATED),
                tuple("noor@example.test", Result.INVALID),
                tuple("tess@example.test", Result.CREATED));
        assertThat(report(id).get(1).message()).contains("published or scheduled");
        assertThat(people("noor@example.test")).isZero();
        assertThat(invitationsSent()).containsExactlyInAnyOrder("lee@example.test", "tess@example.test");
        assertThat(audit.page(AuditFilter.none(), PageRequest.of(0, 100)).stream().map(AuditEntry::subjectLabel))
                .noneMatch(label -> label.contains("noor"));
    }

    @Test
    void invitingManyAtOnceGivesTheSameOutcomesAsOneByOne() {
        List<InvitationService.Outcome> outcomes = invitations.inviteAll(List.of(
                new InvitationService.Invitee("Lee@Example.test ", " Lee Novak"),
                new InvitationService.Invitee("sam@example.test", "Sam Again"),
                new InvitationService.Invitee("not-an-email", "Nobody"),
                new InvitationService.Invitee("lee@example.test", "Lee Twice"),
                new InvitationService.Invitee("noor@example.test", "Noor Okafor")));

        assertThat(outcomes).extracting(InvitationService.Outcome::result).containsExactly(
                InvitationService.Result.CREATED, InvitationService.Result.ALREADY_EXISTS,
                InvitationService.Result.INVALID, InvitationService.Result.ALREADY_EXISTS,
                InvitationService.Result.CREATED);
        assertThat(jdbc.queryForMap("""
                select p.display_name, p.invitation_pending, p.email_verified, p.enabled, r.role from people p
                join person_roles r on r.person_id = p.id where p.id = ?""", outcomes.getFirst().personId()))
                .containsEntry("display_name", "Lee Novak").containsEntry("invitation_pending", true)
                .containsEntry("email_verified", false).containsEntry("enabled", true).containsEntry("role", "RUNNER");
        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.INVITED))).isEqualTo(2);
        assertThat(audit.page(AuditFilter.none(), PageRequest.of(0, 10)).stream().map(AuditEntry::subjectLabel))
                .containsExactlyInAnyOrder("Lee Novak <lee@example.test>", "Noor Okafor <noor@example.test>");
        assertThat(invitationsSent()).containsExactlyInAnyOrder("lee@example.test", "noor@example.test");
        assertThat(jdbc.queryForObject("select count(*) from one_time_links where purpose = 'INVITATION'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void theAdminWhoLeftThePageIsEmailedWhenTheImportIsFinished() throws Exception {
        long id = memberImport.start("""
                Lee Novak,lee@example.test
                Sam Rivera,sam@example.test
                Nobody,not-an-email
                """.getBytes(StandardCharsets.UTF_8), "spring-group.csv");
        clock.advance(Duration.ofMinutes(1)); // no page asked for the progress since: the admin left
        jobs.runNow(MemberImportJob.NAME);

        var toAdmin = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals("ada@example.test");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(toAdmin).hasSize(1);
        assertThat(toAdmin.getFirst().getSubject())
                .isEqualTo("Your member import is finished: 1 invited, 1 skipped, 1 invalid");
        assertThat(GreenMailUtil.getBody(toAdmin.getFirst())).contains("spring-group.csv")
                .contains("https://limber.example/admin/members?import=" + id);
    }

    @Test
    void anAdminStillWatchingTheProgressGetsNoEmail() {
        long id = memberImport.start("Lee Novak,lee@example.test\n".getBytes(StandardCharsets.UTF_8), "a.csv");
        clock.advance(Duration.ofMinutes(1));
        memberImport.progress(id); // the page polls
        jobs.runNow(MemberImportJob.NAME);

        assertThat(memberImport.progress(id).finished()).isTrue();
        assertThat(invitationsSent()).containsExactly("lee@example.test");
    }

    @Test
    void aFileOverTheLimitIsRefusedAsAWholeAndStoresNothing() {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i <= MemberImport.MAX_ROWS; i++) {
            csv.append("Runner ").append(i).append(",runner").append(i).append("@example.test\n");
        }
        assertThatThrownBy(() -> memberImport.start(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2,000 rows");
        assertThat(jdbc.queryForObject("select count(*) from member_imports", Long.class)).isZero();
        assertThat(memberImport.latest()).isEmpty();
    }

    @Test
    void anImportWhoseAdminLostTheRoleInvitesNobody() {
        long id = memberImport.start("Lee Novak,lee@example.test\n".getBytes(StandardCharsets.UTF_8), "a.csv");
        jdbc.update("delete from person_roles where person_id = ?", admin.personId());
        jobs.runNow(MemberImportJob.NAME);

        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThat(memberImport.report(id, 0, 10)).singleElement().extracting(RowReport::result)
                .isEqualTo(Result.INVALID);
        assertThat(people("lee@example.test")).isZero();
    }

    @Test
    void namesThatLookLikeSpreadsheetFormulasAreImportedAsPlainText() {
        long id = importInBackground("""
                name,email
                "=cmd|' /C calc'!A0",calc@example.test
                @Lee,at@example.test
                -Noor+,minus@example.test
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(report(id)).extracting(RowReport::result).containsOnly(Result.CREATED);
        assertThat(jdbc.queryForList("select display_name from people where email in (?, ?, ?) order by email",
                String.class, "at@example.test", "calc@example.test", "minus@example.test"))
                .containsExactly("@Lee", "=cmd|' /C calc'!A0", "-Noor+");
    }

    private List<String> invitationsSent() {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().startsWith("You're invited");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
