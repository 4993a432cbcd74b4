package app.limber.admin;

import app.limber.program.EnrolmentService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Enrols members in programs and takes them out again on an admin's behalf, through the program feature. */
@Component
class ProgramEnrolments {

    private final EnrolmentService enrolments;

    ProgramEnrolments(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    /** Enrols the member in the program from today on the member's own calendar, in the caller's transaction. */
    void enrol(long personId, long programId) {
        enrol(personId, programId, enrolments.todayFor(personId));
    }

    /** Enrols the member in the program from this day (day 1), in the caller's transaction. */
    void enrol(long personId, long programId, LocalDate startDate) {
        enrolments.enrolAsAdmin(personId, programId, startDate);
    }
}
