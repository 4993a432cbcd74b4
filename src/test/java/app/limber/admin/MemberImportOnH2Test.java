package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import app.limber.platform.jobs.BackgroundJobs;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The CSV import on the zero-setup default database (H2 in PostgreSQL mode): the migration, the batched inserts with
 * generated keys and the paged report must work there as on PostgreSQL.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:member-import;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=", "limber.demo=false",
        "limber.scheduling.enabled=false", "limber.public-url=https://limber.example" })
@Import(TestAccounts.class)
class MemberImportOnH2Test {

    @Autowired
    MemberImport memberImport;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFileWithABrokenLineImportsTheRestOnH2() {
        SignedInPerson admin = accounts.create("ada@h2.test", "Ada Admin", Set.of(Role.ADMIN));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        long id = memberImport.start("""
                name,email
                Lee Novak,lee@h2.test
                "Kim Park,kim@h2.test
                Tess Berg,tess@h2.test
                """.getBytes(StandardCharsets.UTF_8), "h2.csv");
        jobs.runNow(MemberImportJob.NAME);

        assertThat(memberImport.progress(id).finished()).isTrue();
        assertThat(memberImport.report(id, 1, 2)).extracting(RowReport::line, RowReport::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Result.INVALID),
                        org.assertj.core.groups.Tuple.tuple(4L, Result.CREATED));
        assertThat(jdbc.queryForObject("select count(*) from people where invitation_pending", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isEqualTo(2);
    }
}
