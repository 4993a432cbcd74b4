package app.limber.site;

import app.limber.program.EnrolmentStatus;
import app.limber.program.MyEnrolment;
import java.time.LocalDate;

/** Where a runner stands in a program, in a sentence for the program's pages. */
final class EnrolmentText {

    private EnrolmentText() {
    }

    static String of(MyEnrolment enrolment, LocalDate today) {
        if (enrolment.status() == EnrolmentStatus.PAUSED) {
            return "You're enrolled, paused on day " + enrolment.dayOn(today) + " of " + enrolment.lengthDays() + ".";
        }
        if (enrolment.startDate().isAfter(today)) {
            return "You're enrolled. Day 1 is " + PageText.date(enrolment.startDate()) + ".";
        }
        if (enrolment.allDaysReleasedBefore(today)) {
            return "You're enrolled, and all " + enrolment.lengthDays() + " days are open.";
        }
        return "You're enrolled: today is day " + enrolment.dayOn(today) + " of " + enrolment.lengthDays() + ".";
    }
}
