package app.limber.admin;

import app.limber.program.EnrolmentService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins enrol members in programs (one or many at once, from a start date), pause, resume and restart their
 * enrolments and remove them. The changes go through the program feature's {@link EnrolmentService}, so the rules
 * and audit entries are those of the runner's own actions, with the admin as the actor.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberEnrolment {

    /** How enrolling several members went: how many were enrolled, and why the others weren't. */
    public record BulkResult(int enrolled, List<String> problems) {
    }

    private final ProgramEnrolments programEnrolments;
    private final EnrolmentService enrolments;
    private final TransactionTemplate transaction;

    MemberEnrolment(ProgramEnrolments programEnrolments, EnrolmentService enrolments,
            PlatformTransactionManager transactionManager) {
        this.programEnrolments = programEnrolments;
        this.enrolments = enrolments;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Enrols one member in a program from today (their today). */
    public void enrol(long personId, long programId) {
        transaction.executeWithoutResult(status -> programEnrolments.enrol(personId, programId));
    }

    /** Enrols one member in a program from this start date (day 1). */
    public void enrol(long personId, long programId, LocalDate startDate) {
        transaction.executeWithoutResult(status -> programEnrolments.enrol(personId, programId, startDate));
    }

    /** Today on the member's own calendar: the date an enrolment "from today" starts on. */
    public LocalDate todayFor(long personId) {
        return enrolments.todayFor(personId);
    }

    /** Pauses a member's active enrolment, as they could themselves. */
    public void pause(long enrolmentId) {
        enrolments.pause(enrolmentId);
    }

    /** Resumes a member's paused enrolment where it stopped, as they could themselves. */
    public void resume(long enrolmentId) {
        enrolments.resume(enrolmentId);
    }

    /** Starts a member's program again from this date; the old run stays in their history. */
    public void restart(long enrolmentId, LocalDate startDate) {
        enrolments.restart(enrolmentId, startDate);
    }

    /**
     * Enrols each member in the program from today, each in a transaction of its own, so that one who is already
     * enrolled doesn't hold up the others.
     */
    public BulkResult enrolAll(Collection<Long> personIds, long programId) {
        int enrolled = 0;
        List<String> problems = new ArrayList<>();
        for (long personId : personIds) {
            try {
                enrol(personId, programId);
                enrolled++;
            } catch (IllegalArgumentException refused) {
                problems.add(refused.getMessage());
            }
        }
        return new BulkResult(enrolled, problems);
    }

    /** Removes an enrolment and its history. */
    public void remove(long enrolmentId) {
        enrolments.removeAsAdmin(enrolmentId);
    }
}
