package app.limber.admin;

/** Enrols members in programs and takes them out again, on an admin's behalf. */
interface ProgramEnrolments {

    /** Enrols the member in the program from today, in the caller's transaction. */
    void enrol(long personId, long programId);

    /** Ends the member's open enrolment in the program. */
    void remove(long personId, long programId);
}
