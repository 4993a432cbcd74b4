package app.limber.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import app.limber.admin.MemberImport.ImportProgress;
import app.limber.admin.MemberImport.Result;
import app.limber.admin.MemberImport.RowReport;
import app.limber.platform.jobs.BackgroundJobs;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The documented maximum, 2,000 rows, on PostgreSQL: every row is handled in the background in a few runs of the job,
 * each invitation waits in the outbox, and the report is read a page at a time. Prints (never asserts) the time.
 */
@Import(TestAccounts.class)
class MemberImportOfTwoThousandRowsTest extends IntegrationTest {

    @Autowired
    MemberImport memberImport;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    TestAccounts accounts;

    @Test
    void twoThousandRowsAreAllHandledInTheBackgroundAndTheReportIsPaged() throws Exception {
        actAs(accounts.create("ada@example.test", "Ada Admin", Set.of(Role.ADMIN)));
        accounts.create("runner1234@example.test", "Already Here", Set.of(Role.RUNNER));
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < MemberImport.MAX_ROWS; i++) {
            csv.append(i == 700 ? "\"Broken quote" : "Runner " + i).append(",runner").append(i)
                    .append("@example.test\n");
        }

        long started = System.nanoTime();
        long id = memberImport.start(csv.toString().getBytes(StandardCharsets.UTF_8), "two-thousand.csv");
        long stored = System.nanoTime();
        jobs.runNow(MemberImportJob.NAME);
        ImportProgress afterOneRun = memberImport.progress(id);
        int runs = 1;
        while (!memberImport.progress(id).finished() && runs < 20) {
            jobs.runNow(MemberImportJob.NAME);
            runs++;
        }
        long finished = System.nanoTime();
        System.out.printf("Member import of 2,000 rows: upload stored in %d ms, all rows handled in %d ms "
                        + "(%d job runs); load average %s%n", (stored - started) / 1_000_000,
                (finished - started) / 1_000_000, runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        assertThat(afterOneRun.finished()).as("one run handles a share and lets other jobs go").isFalse();
        assertThat(afterOneRun.processed()).isGreaterThanOrEqualTo(MemberImportJob.ROWS_PER_RUN)
                .isLessThan(MemberImport.MAX_ROWS);
        ImportProgress done = memberImport.progress(id);
        assertThat(done).extracting(ImportProgress::finished, ImportProgress::total, ImportProgress::processed,
                ImportProgress::invited, ImportProgress::skipped, ImportProgress::invalid)
                .containsExactly(true, 2000, 2000, 1998, 1, 1);
        assertThat(jdbc.queryForObject("select count(*) from people where invitation_pending", Long.class))
                .isEqualTo(1998);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like 'You''re invited%'",
                Long.class)).as("invitations wait in the outbox, sent by its job").isEqualTo(1998);

        assertThat(memberImport.reportSize(id)).isEqualTo(2000);
        assertThat(memberImport.report(id, 650, 50)).hasSize(50).first().extracting(RowReport::line)
                .isEqualTo(652L);
        assertThat(memberImport.report(id, 700, 1)).singleElement().extracting(RowReport::result)
                .isEqualTo(Result.INVALID);
        assertThat(memberImport.report(id, 1950, 50)).extracting(RowReport::line).endsWith(2001L);
        assertThatThrownBy(() -> memberImport.report(id, 0, MemberImport.MAX_ROWS))
                .as("nobody reads the whole report at once").isInstanceOf(IllegalArgumentException.class);
    }
}
