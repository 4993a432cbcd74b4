package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class MemberSearchTest extends IntegrationTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    MemberSearch members;

    @Autowired
    TestAccounts accounts;

    SignedInPerson admin;

    @BeforeEach
    void fiftyMembers() {
        admin = accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN));
        jdbc.update("update people set created_at = ? where id = ?", Timestamp.from(START.minusSeconds(3600)),
                admin.personId());
        for (int i = 1; i <= 50; i++) {
            long id = insertPerson("runner" + i + "@club.test", "Runner " + i, START.plus(Duration.ofDays(i)),
                    i % 10 != 0, i % 7 == 0);
            jdbc.update("insert into person_roles (person_id, role) values (?, 'RUNNER')", id);
            if (i % 5 == 0) {
                jdbc.update("insert into person_roles (person_id, role) values (?, 'INSTRUCTOR')", id);
            }
        }
        actAs(admin);
    }

    long insertPerson(String email, String name, Instant joined, boolean enabled, boolean invited) {
        jdbc.update("""
                insert into people (email, display_name, password_hash, enabled, invitation_pending, created_at,
                    updated_at) values (?, ?, '{bcrypt}!no-password', ?, ?, ?, ?)""",
                email, name, enabled, invited, Timestamp.from(joined), Timestamp.from(joined));
        return jdbc.queryForObject("select id from people where email = ?", Long.class, email);
    }

    @Test
    void pagesAreNewestMembersFirstWithoutOverlap() {
        List<MemberRow> first = members.page(MemberFilter.none(), PageRequest.of(0, 20));
        List<MemberRow> second = members.page(MemberFilter.none(), PageRequest.of(1, 20));
        assertThat(first).hasSize(20);
        assertThat(first.get(0).displayName()).isEqualTo("Runner 50");
        assertThat(second.get(0).displayName()).isEqualTo("Runner 30");
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(members.count(MemberFilter.none())).isEqualTo(51);
    }

    @Test
    void searchMatchesNameOrEmailIgnoringCaseAndTakesWildcardsLiterally() {
        assertThat(members.page(MemberFilter.none().withSearch("RUNNER4"), PageRequest.of(0, 50)))
                .extracting(MemberRow::email).containsExactlyInAnyOrder("runner4@club.test",
                        "runner40@club.test", "runner41@club.test", "runner42@club.test",
                        "runner43@club.test", "runner44@club.test", "runner45@club.test",
                        "runner46@club.test", "runner47@club.test", "runner48@club.test",
                        "runner49@club.test");
        assertThat(members.count(MemberFilter.none().withSearch("ada adm"))).isEqualTo(1);
        assertThat(members.count(MemberFilter.none().withSearch("runner_1"))).isZero();
        assertThat(members.count(MemberFilter.none().withSearch("%"))).isZero();
    }

    @Test
    void filtersByRoleStatusAndJoinDate() {
        assertThat(members.count(MemberFilter.none().withRole(Role.INSTRUCTOR))).isEqualTo(10);
        assertThat(members.count(MemberFilter.none().withRole(Role.ADMIN))).isEqualTo(1);
        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.DISABLED))).isEqualTo(5);
        // 7, 14, 21, 28, 35, 42, 49 are invited; 70 would be disabled but is out of range.
        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.INVITED))).isEqualTo(7);
        assertThat(members.count(MemberFilter.none().withStatus(MemberStatus.ACTIVE))).isEqualTo(51 - 5 - 7);
        var joinedInFirstWeek = new MemberFilter("", null, null, null, START, START.plus(Duration.ofDays(8)));
        assertThat(members.page(joinedInFirstWeek, PageRequest.of(0, 50))).extracting(MemberRow::displayName)
                .containsExactly("Runner 7", "Runner 6", "Runner 5", "Runner 4", "Runner 3", "Runner 2", "Runner 1");
        MemberRow seven = members.page(joinedInFirstWeek, PageRequest.of(0, 1)).getFirst();
        assertThat(seven.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(seven.roles()).containsExactly(Role.RUNNER);
    }

    @Test
    void filtersByProgramEnrolment() {
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, now(), now())""", admin.personId());
        long runner3 = jdbc.queryForObject("select id from people where email = 'runner3@club.test'", Long.class);
        long runner4 = jdbc.queryForObject("select id from people where email = 'runner4@club.test'", Long.class);
        jdbc.update("""
                insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                values (?, 900, current_date, 'ACTIVE', now(), now()), (?, 900, current_date, 'LEFT', now(), now())""",
                runner3, runner4);
        assertThat(members.page(MemberFilter.none().withProgram(900L), PageRequest.of(0, 50)))
                .extracting(MemberRow::id).containsExactly(runner3);
        assertThat(members.programs()).containsExactly(new ProgramChoice(900, "Back on track"));
        assertThat(members.enrollablePrograms()).as("a draft takes no enrolments").isEmpty();
        assertThat(members.enrolments(runner4)).singleElement().satisfies(e -> {
            assertThat(e.programTitle()).isEqualTo("Back on track");
            assertThat(e.status()).isEqualTo("LEFT");
            assertThat(e.programDays()).isEqualTo(30);
        });
    }

    @Test
    void sortsByNameEmailJoinedAndLastSignIn() {
        jdbc.update("update people set last_login_at = ? where email = 'runner9@club.test'",
                Timestamp.from(START.plus(Duration.ofDays(400))));
        assertThat(members.page(MemberFilter.none(), PageRequest.of(0, 2, Sort.by("displayName"))))
                .extracting(MemberRow::displayName).containsExactly("Ada Admin", "Runner 1");
        assertThat(members.page(MemberFilter.none(), PageRequest.of(0, 1, Sort.by("joinedAt"))))
                .extracting(MemberRow::displayName).containsExactly("Ada Admin");
        assertThat(members.page(MemberFilter.none(), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "email"))))
                .extracting(MemberRow::email).containsExactly("runner9@club.test");
        MemberRow last = members.page(MemberFilter.none(), PageRequest.of(0, 1,
                Sort.by(Sort.Order.asc("lastLoginAt")))).getFirst();
        assertThat(last.email()).isEqualTo("runner9@club.test");
        assertThat(last.lastLoginAt()).isEqualTo(START.plus(Duration.ofDays(400)));
    }

    @Test
    void aGridPageIsOneStatementAndItsCountAnother() {
        var filter = new MemberFilter("runner", Role.RUNNER, MemberStatus.ACTIVE, null, START, null);
        assertThat(statementsDuring(() -> members.page(filter, PageRequest.of(1, 10, Sort.by("displayName")))))
                .isEqualTo(1);
        assertThat(statementsDuring(() -> members.count(filter))).isEqualTo(1);
    }

    @Test
    void exportWritesTheFilteredMembersAsCsv() {
        var out = new ByteArrayOutputStream();
        members.exportCsv(MemberFilter.none().withRole(Role.INSTRUCTOR).withStatus(MemberStatus.DISABLED), null, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly("name,email,roles,status,joined,last_sign_in",
                "Runner 10,runner10@club.test,RUNNER INSTRUCTOR,DISABLED,2026-01-11T00:00:00Z,",
                "Runner 20,runner20@club.test,RUNNER INSTRUCTOR,DISABLED,2026-01-21T00:00:00Z,",
                "Runner 30,runner30@club.test,RUNNER INSTRUCTOR,DISABLED,2026-01-31T00:00:00Z,",
                "Runner 40,runner40@club.test,RUNNER INSTRUCTOR,DISABLED,2026-02-10T00:00:00Z,",
                "Runner 50,runner50@club.test,RUNNER INSTRUCTOR,DISABLED,2026-02-20T00:00:00Z,");
    }

    @Test
    void exportQuotesNamesWithCommasAndQuotes() {
        long id = insertPerson("odd@club.test", "Lee, \"Speedy\" O'Brien", START, true, false);
        var out = new ByteArrayOutputStream();
        members.exportCsv(MemberFilter.none(), List.of(id), out);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).element(1).asString()
                .startsWith("\"Lee, \"\"Speedy\"\" O'Brien\",odd@club.test,,ACTIVE,");
    }

    @Test
    void exportNeutralisesEveryCellASpreadsheetWouldReadAsAFormula() throws Exception {
        List<String> dangerous = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturned");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < dangerous.size(); i++) {
            ids.add(insertPerson("formula" + i + "@club.test", dangerous.get(i), START, true, false));
        }
        var out = new ByteArrayOutputStream();
        members.exportCsv(MemberFilter.none(), ids, out);

        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(records).extracting(row -> row.get("name"))
                .containsExactlyElementsOf(dangerous.stream().map(name -> "'" + name).toList());
        assertThat(records).extracting(row -> row.get("email")).as("ordinary cells are unchanged")
                .allMatch(email -> email.startsWith("formula"));
    }

    @Test
    void onlyAdminsSearchMembers() {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        assertThatThrownBy(() -> members.page(MemberFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        actAs(accounts.create(Set.of(Role.RUNNER)));
        assertThatThrownBy(() -> members.count(MemberFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.exportCsv(MemberFilter.none(), null, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
