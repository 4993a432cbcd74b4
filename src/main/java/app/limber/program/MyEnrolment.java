package app.limber.program;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One of a runner's enrolments, with what lists need to know about its program. */
public record MyEnrolment(long id, long personId, long programId, String programTitle, String programSlug,
        int lengthDays, LocalDate startDate, EnrolmentStatus status, @Nullable LocalDate pausedOn) {

    /**
     * The latest program day released on {@code today} (1 on the start date), capped at the program's length; 0
     * before the start. A paused enrolment stays on the day it was paused. The rule itself is
     * {@link ProgramCalendar#unlockedDays}.
     */
    public int dayOn(LocalDate today) {
        LocalDate reference = status == EnrolmentStatus.PAUSED && pausedOn != null ? pausedOn : today;
        return ProgramCalendar.unlockedDays(startDate, lengthDays, reference);
    }

    /** Every day has been released (the last one before today): the runner can only catch up or start again. */
    public boolean allDaysReleasedBefore(LocalDate today) {
        return status == EnrolmentStatus.ACTIVE
                && ProgramCalendar.dayNumberOn(startDate, today) > lengthDays;
    }
}
