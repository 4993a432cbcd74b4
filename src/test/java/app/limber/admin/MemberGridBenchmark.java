package app.limber.admin;

import app.limber.IntegrationTest;
import app.limber.account.MemberStatus;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Prints how long the members grid's queries take at 100,000 members (median of 30 runs after 5 warm-ups) and how
 * many statements each needs. Figures only, no assertions on time. Not part of the normal test run:
 * {@code ./mvnw test -Pbenchmarks -Dtest=MemberGridBenchmark}.
 */
@Tag("benchmark")
@Import(TestAccounts.class)
class MemberGridBenchmark extends IntegrationTest {

    static final int MEMBERS = 100_000;
    static final int PAGE = 50;

    @Autowired
    MemberSearch members;

    @Autowired
    TestAccounts accounts;

    @Test
    void memberGridAtOneHundredThousandMembers() {
        var admin = accounts.create(Set.of(Role.ADMIN));
        long seedStart = System.nanoTime();
        jdbc.update("""
                insert into people (email, display_name, password_hash, enabled, invitation_pending, created_at,
                    updated_at, last_login_at)
                select 'member' || n || '@club.test',
                       (array['Maya','Sam','Alex','Jo','Kim','Lee','Noor','Ravi','Tess','Uma'])[1 + n % 10]
                           || ' ' || (array['Lindqvist','Rivera','Okafor','Novak','Haddad','Berg','Costa'])[1 + n % 7]
                           || ' ' || n,
                       '{bcrypt}!no-password', n % 50 <> 0, n % 33 = 0,
                       timestamp with time zone '2020-01-01 00:00:00+00' + n * interval '17 minutes',
                       timestamp with time zone '2020-01-01 00:00:00+00' + n * interval '17 minutes',
                       case when n % 4 = 0 then null
                            else timestamp with time zone '2024-01-01 00:00:00+00' + (n * 7919 % 100000) * interval '5 minutes' end
                from generate_series(1, ?) as n""", MEMBERS);
        jdbc.update("insert into person_roles (person_id, role) select id, 'RUNNER' from people where email like 'member%'");
        jdbc.update("""
                insert into person_roles (person_id, role) select id, 'INSTRUCTOR' from people
                where email like 'member%' and id % 200 = 0""");
        jdbc.update("""
                insert into programs (id, author_id, title, slug, length_days, created_at, updated_at)
                values (900, ?, 'Back on track', 'back-on-track', 30, now(), now())""", admin.personId());
        jdbc.update("""
                insert into enrolments (person_id, program_id, start_date, status, created_at, updated_at)
                select id, 900, current_date, 'ACTIVE', now(), now() from people where id % 10 = 0""");
        jdbc.execute("analyze people");
        jdbc.execute("analyze person_roles");
        jdbc.execute("analyze enrolments");
        System.out.printf("seed: %,d members (+ roles, 10%% enrolled) in %.1f s%n", MEMBERS,
                (System.nanoTime() - seedStart) / 1e9);

        actAs(admin);
        MemberFilter none = MemberFilter.none();
        measure("first page, newest first", () -> members.page(none, PageRequest.of(0, PAGE)));
        measure("count, no filter", () -> members.count(none));
        measure("deep page (offset 99,950), newest first",
                () -> members.page(none, PageRequest.of(MEMBERS / PAGE - 1, PAGE)));
        measure("first page sorted by name", () -> members.page(none, PageRequest.of(0, PAGE, Sort.by("displayName"))));
        measure("first page sorted by joined (oldest first)",
                () -> members.page(none, PageRequest.of(0, PAGE, Sort.by("joinedAt"))));
        measure("first page sorted by last sign-in (newest first)",
                () -> members.page(none, PageRequest.of(0, PAGE, Sort.by(Sort.Direction.DESC, "lastLoginAt"))));
        MemberFilter search = none.withSearch("okafor 123");
        measure("search 'okafor 123' (name contains), page", () -> members.page(search, PageRequest.of(0, PAGE)));
        measure("search 'okafor 123', count", () -> members.count(search));
        MemberFilter email = none.withSearch("member4242");
        measure("search 'member4242' (email contains), page", () -> members.page(email, PageRequest.of(0, PAGE)));
        MemberFilter instructors = none.withRole(Role.INSTRUCTOR);
        measure("role = instructor, page", () -> members.page(instructors, PageRequest.of(0, PAGE)));
        measure("role = instructor, count", () -> members.count(instructors));
        MemberFilter disabled = none.withStatus(MemberStatus.DISABLED);
        measure("status = disabled, page", () -> members.page(disabled, PageRequest.of(0, PAGE)));
        measure("status = disabled, count", () -> members.count(disabled));
        MemberFilter enrolled = none.withProgram(900L);
        measure("program = Back on track, page", () -> members.page(enrolled, PageRequest.of(0, PAGE)));
        measure("program = Back on track, count", () -> members.count(enrolled));
        measure("export all as CSV (streamed)", () -> {
            var out = new java.io.ByteArrayOutputStream();
            members.exportCsv(none, null, out);
            return out.size();
        });
    }

    private void measure(String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        int runs = what.startsWith("export") ? 5 : 30;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long statements = statementsDuring(query::get);
        System.out.printf("%-50s median %8.2f ms, p90 %8.2f ms, %d statement(s)%n", what, nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.9)] / 1e6, statements);
    }
}
