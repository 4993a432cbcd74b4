package app.limber.program;

import app.limber.account.PersonDirectory;
import app.limber.account.RegistrationFollowUp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Start this program" for visitors: signing up through {@code /register?program=<slug>} remembers the live program,
 * and confirming the email enrols the new runner in it from that day (their own calendar day), under the same rules
 * as enrolling from the program's page.
 */
@Component
class ProgramSignUps implements RegistrationFollowUp {

    static final String PARAMETER = "program";

    private final ProgramRepository programs;
    private final PendingEnrolmentRepository pending;
    private final EnrolmentService enrolments;
    private final PersonDirectory directory;
    private final Clock clock;

    ProgramSignUps(ProgramRepository programs, PendingEnrolmentRepository pending, EnrolmentService enrolments,
            PersonDirectory directory, Clock clock) {
        this.programs = programs;
        this.pending = pending;
        this.enrolments = enrolments;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String parameter() {
        return PARAMETER;
    }

    @Override
    public Optional<String> describe(String slug) {
        return live(slug).map(program -> "Once you confirm your email, you're enrolled in “" + program.title()
                + "”, starting that day.");
    }

    @Override
    public void registered(long personId, String slug) {
        live(slug).filter(program -> !pending.existsByPersonIdAndProgramId(personId, program.id()))
                .ifPresent(program -> pending.save(new PendingEnrolment(personId, program.id(), clock.instant())));
    }

    @Override
    public List<String> confirmed(long personId) {
        List<String> done = new ArrayList<>();
        for (PendingEnrolment wish : pending.findByPersonId(personId)) {
            pending.delete(wish);
            programs.findById(wish.programId()).ifPresent(program -> {
                LocalDate today = LocalDate.now(clock.withZone(directory.timeZone(personId)));
                try {
                    enrolments.enrolNewMember(personId, program, today);
                    done.add("You're enrolled in “" + program.title() + "”: day 1 is today.");
                } catch (IllegalArgumentException refused) {
                    done.add("We couldn't enrol you in “" + program.title() + "”: " + refused.getMessage());
                }
            });
        }
        return done;
    }

    private Optional<Program> live(String slug) {
        return programs.findBySlug(slug).filter(program -> program.publication().isLive(clock.instant()));
    }
}
