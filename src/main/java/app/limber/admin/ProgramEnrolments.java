package app.limber.admin;

import app.limber.program.EnrolmentService;
import org.springframework.stereotype.Component;

/** Enrols members in programs and takes them out again on an admin's behalf, through the program feature. */
@Component
class ProgramEnrolments {

    private final EnrolmentService enrolments;

    ProgramEnrolments(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    /** Enrols the member in the program from today (the admin's today), in the caller's transaction. */
    void enrol(long personId, long programId) {
        enrolments.enrolAsAdmin(personId, programId, enrolments.today());
    }
}
