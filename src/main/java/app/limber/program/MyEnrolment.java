package app.limber.program;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One of a runner's enrolments, with what lists need to know about its program. */
public record MyEnrolment(long id, long personId, long programId, String programTitle, String programSlug,
        int lengthDays, LocalDate startDate, EnrolmentStatus status, @Nullable LocalDate pausedOn) {

    /**
     * The program day that is released on {@code today} (1 on the start date), capped at the program's length; 0
     * before the start. Deliberately simple, for labels: the drip and streak rules live in {@code ProgramCalendar}.
     */
    public int dayOn(LocalDate today) {
        LocalDate reference = status == EnrolmentStatus.PAUSED && pausedOn != null ? pausedOn : today;
        long day = java.time.temporal.ChronoUnit.DAYS.between(startDate, reference) + 1;
        return (int) Math.max(0, Math.min(lengthDays, day));
    }
}
