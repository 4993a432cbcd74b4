package app.limber.admin;

import java.time.LocalDate;

/** One of a member's enrolments, with how far they got: sessions completed out of the program's days. */
public record EnrolmentRow(long id, long programId, String programTitle, LocalDate startDate, String status,
        long completedSessions, int programDays) {
}
