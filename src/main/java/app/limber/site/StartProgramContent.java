package app.limber.site;

import app.limber.program.ProgramPage;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The "Start this program" page: which way in this reader has ({@code way}), and for a runner the start dates they
 * may choose (today in their time zone by default), the date they tried and why it was refused ({@code problem}), or
 * where their enrolment stands ({@code enrolment}; {@code justEnrolled} after they chose a date).
 */
public record StartProgramContent(ProgramPage program, Way way, @Nullable String registerHref, LocalDate chosen,
        LocalDate earliest, LocalDate latest, @Nullable String problem, @Nullable String enrolment,
        boolean justEnrolled) {

    /** Who is asking, and so what the page offers. */
    public enum Way {
        /** A visitor while registration is open: create an account (enrolled after confirming) or sign in. */
        REGISTER,
        /** A visitor while registration is closed: how to get an invitation, or sign in. */
        INVITATION,
        /** A signed-in runner not yet in the program: choose a start date. */
        CHOOSE_DATE,
        /** A signed-in runner already in the program: where they stand, and Today. */
        ENROLLED,
        /** Signed in, but not as a runner (an instructor or admin account). */
        NOT_A_RUNNER
    }
}
