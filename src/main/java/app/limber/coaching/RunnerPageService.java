package app.limber.coaching;

import static app.limber.coaching.Rows.asDate;
import static app.limber.coaching.Rows.asInt;
import static app.limber.coaching.Rows.asInteger;
import static app.limber.coaching.Rows.asText;

import app.limber.progress.SelfTestHistory;
import app.limber.progress.SelfTestService;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runner page of the studio. Who may open it, and which of the runner's sessions and notes it shows, is the rule
 * of {@link CoachingAccess}: an instructor sees only what the runner did in the instructor's own programs.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RunnerPageService {

    private final EntityManager entityManager;
    private final CoachingAccess access;

    private final SelfTestService selfTests;

    RunnerPageService(EntityManager entityManager, CoachingAccess access, SelfTestService selfTests) {
        this.entityManager = entityManager;
        this.access = access;
        this.selfTests = selfTests;
    }

    /** The runner page with the runner's self-test results. */
    public record RunnerPageWithSelfTests(RunnerPage page, List<SelfTestHistory> selfTests) {
    }

    /**
     * The runner page and the runner's self-test results in one read-only transaction, so that who may see them is
     * read once for both; refused like {@link #runner}.
     */
    @Transactional(readOnly = true)
    public RunnerPageWithSelfTests runnerWithSelfTests(long runnerId) {
        RunnerPage page = runner(runnerId);
        return new RunnerPageWithSelfTests(page, selfTests.historiesOf(runnerId));
    }

    /** The runner page; refused (access denied) for a runner who was never in one of the caller's programs. */
    @Transactional(readOnly = true)
    public RunnerPage runner(long runnerId) {
        if (!access.callerCoaches(runnerId)) {
            throw new AccessDeniedException("This runner isn't in any of your programs");
        }
        // The runner's name comes with their enrolments (one statement): one row per enrolment in the caller's
        // programs, or a single row without one; none when the account is gone.
        List<Object[]> rows = rows("""
                select r.display_name, p.title, e.start_date, e.status, count(c.id)
                from people r
                left join enrolments e on e.person_id = r.id
                    and e.program_id in (select p.id from programs p where %s)
                left join programs p on p.id = e.program_id
                left join session_completions c on c.enrolment_id = e.id
                where r.id = :runner
                group by r.display_name, e.id, p.title, e.start_date, e.status
                order by e.start_date desc, e.id desc""", runnerId);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("This runner no longer has an account.");
        }
        List<RunnerPage.EnrolmentLine> enrolments = rows.stream().filter(row -> row[1] != null)
                .map(row -> new RunnerPage.EnrolmentLine(asText(row[1]), Objects.requireNonNull(asDate(row[2])),
                        app.limber.program.EnrolmentStatus.valueOf(asText(row[3])).label(), asInt(row[4]))).toList();
        List<RunnerPage.LogEntry> log = rows("""
                select c.completed_on, p.title, c.day_number, c.practised_seconds, c.feel, c.note
                from session_completions c join enrolments e on e.id = c.enrolment_id
                join programs p on p.id = e.program_id
                where c.person_id = :runner and %s
                order by c.completed_at desc, c.id desc""", runnerId).stream()
                .map(row -> new RunnerPage.LogEntry(Objects.requireNonNull(asDate(row[0])), asText(row[1]),
                        asInt(row[2]), (asInt(row[3]) + 59) / 60, asInteger(row[4]), asText(row[5]))).toList();
        return new RunnerPage(runnerId, asText(rows.getFirst()[0]), enrolments, log);
    }

    private List<Object[]> rows(String sql, long runnerId) {
        return CallerScope.rows(CallerScope.query(entityManager, sql).setParameter("runner", runnerId));
    }
}
