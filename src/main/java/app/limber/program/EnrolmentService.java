package app.limber.program;

import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runners in programs: enrolling (themselves, or by an admin), pausing, resuming, restarting and leaving. A runner
 * sees and changes only their own enrolments; admins any, with the same rules. Dates are the runner's own calendar
 * days, also when an admin acts for them. Every change is in the audit log, with whoever made it as the actor.
 */
@Service
@PreAuthorize("hasRole('RUNNER')")
public class EnrolmentService {

    /** How far ahead a start date may be chosen. */
    public static final int START_DAYS_AHEAD_MAX = 90;

    private static final EnumSet<EnrolmentStatus> OPEN = EnumSet.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED);

    private final EnrolmentRepository enrolments;
    private final ProgramRepository programs;
    private final PersonDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, ProgramRepository programs, PersonDirectory directory,
            AuditLog audit, Clock clock) {
        this.enrolments = enrolments;
        this.programs = programs;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the caller's own time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SignedInPerson.currentZone()));
    }

    /** The earliest start date allowed today: early enough that the whole program has been released, no earlier. */
    public static LocalDate earliestStart(LocalDate today, int lengthDays) {
        return today.minusDays(Math.max(0, lengthDays - 1));
    }

    /** The latest start date allowed today. */
    public static LocalDate latestStart(LocalDate today) {
        return today.plusDays(START_DAYS_AHEAD_MAX);
    }

    /** Enrols the caller in a live program from {@code startDate} (day 1); one open enrolment per program. */
    @Transactional
    public MyEnrolment enrol(long programId, LocalDate startDate) {
        SignedInPerson caller = SignedInPerson.current();
        Program program = programs.findById(programId).orElseThrow(ProgramService::gone);
        if (!program.publication().isLive(clock.instant())) {
            throw new IllegalArgumentException("This program is not open for enrolment.");
        }
        return audited(AuditAction.ENROLMENT_CREATED, open(caller.personId(), program, startDate, null),
                "starting " + startDate);
    }

    /**
     * Enrols someone who just confirmed the email of an account they created from the program's page (see
     * {@link ProgramSignUps}); nobody is signed in yet, so {@code today} is their own calendar day.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    MyEnrolment enrolNewMember(long personId, Program program, LocalDate today) {
        if (!program.publication().isLive(clock.instant())) {
            throw new IllegalArgumentException("This program is not open for enrolment.");
        }
        return audited(AuditAction.ENROLMENT_CREATED, open(personId, program, today, null, today),
                "starting " + today + ", on confirming their email");
    }

    /** An admin enrols someone in a live or scheduled program; recorded in the audit log. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MyEnrolment enrolAsAdmin(long personId, long programId, LocalDate startDate) {
        Program program = programs.findById(programId).orElseThrow(ProgramService::gone);
        var status = program.publication().status();
        if (status == app.limber.content.PublishingStatus.DRAFT
                || status == app.limber.content.PublishingStatus.ARCHIVED) {
            throw new IllegalArgumentException("Only published or scheduled programs take enrolments.");
        }
        if (!directory.displayNames(List.of(personId)).containsKey(personId)) {
            throw new IllegalArgumentException("This person no longer exists.");
        }
        return audited(AuditAction.ENROLMENT_CREATED,
                open(personId, program, startDate, SignedInPerson.current().personId()),
                "starting " + startDate);
    }

    /** Today on this runner's own calendar, for an admin choosing a start date for them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public LocalDate todayFor(long personId) {
        return todayOf(personId);
    }

    /** Removes an enrolment and its history; admins only, recorded in the audit log. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeAsAdmin(long enrolmentId) {
        MyEnrolment view = enrolments.findViewById(enrolmentId).orElseThrow(EnrolmentService::gone);
        String name = directory.displayNames(List.of(view.personId())).getOrDefault(view.personId(), "someone");
        enrolments.deleteById(enrolmentId);
        audit.record(AuditAction.ENROLMENT_REMOVED, "enrolment", enrolmentId, name + " in " + view.programTitle());
    }

    /** Pauses an active enrolment today: no new days are released until it is resumed. */
    @Transactional
    public MyEnrolment pause(long enrolmentId) {
        Enrolment enrolment = owned(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.ACTIVE) {
            throw new IllegalArgumentException("Only an active program can be paused.");
        }
        enrolment.pause(todayOf(enrolment.personId()), clock.instant());
        return audited(AuditAction.ENROLMENT_PAUSED, save(enrolment), "");
    }

    /** Resumes a paused enrolment where it stopped: the start date moves on by the days spent paused. */
    @Transactional
    public MyEnrolment resume(long enrolmentId) {
        Enrolment enrolment = owned(enrolmentId);
        LocalDate pausedOn = enrolment.pausedOn();
        if (enrolment.status() != EnrolmentStatus.PAUSED || pausedOn == null) {
            throw new IllegalArgumentException("This program is not paused.");
        }
        long pausedDays = Math.max(0, ChronoUnit.DAYS.between(pausedOn, todayOf(enrolment.personId())));
        enrolment.resume(enrolment.startDate().plusDays(pausedDays), clock.instant());
        return audited(AuditAction.ENROLMENT_RESUMED, save(enrolment), "after " + pausedDays + " days");
    }

    /**
     * Starts the program again from {@code newStartDate}: the current enrolment is closed as restarted (its
     * completions stay with it) and a new one is opened.
     */
    @Transactional
    public MyEnrolment restart(long enrolmentId, LocalDate newStartDate) {
        Enrolment old = owned(enrolmentId);
        if (!old.status().isOpen()) {
            throw new IllegalArgumentException("This enrolment has ended. Enrol again from the program's page.");
        }
        Program program = programs.findById(old.programId()).orElseThrow(ProgramService::gone);
        checkStart(program, newStartDate, todayOf(old.personId()));
        old.close(EnrolmentStatus.RESTARTED, clock.instant());
        enrolments.saveAndFlush(old);
        return audited(AuditAction.ENROLMENT_RESTARTED,
                open(old.personId(), program, newStartDate, old.enrolledBy()),
                "starting " + newStartDate);
    }

    /** Leaves a program; the history stays, and the runner may enrol again later. */
    @Transactional
    public MyEnrolment leave(long enrolmentId) {
        Enrolment enrolment = owned(enrolmentId);
        if (!enrolment.status().isOpen()) {
            throw new IllegalArgumentException("You have already left this program.");
        }
        enrolment.close(EnrolmentStatus.LEFT, clock.instant());
        return audited(AuditAction.ENROLMENT_LEFT, save(enrolment), "");
    }

    /** The caller's enrolments, newest first, open and past. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyEnrolment> myEnrolments() {
        return enrolments.findViewsByPersonId(SignedInPerson.current().personId());
    }

    /** The caller's open (active or paused) enrolment in this program, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyEnrolment> myOpenEnrolment(long programId) {
        return enrolments.findOpenView(SignedInPerson.current().personId(), programId).stream().findFirst();
    }

    /** One enrolment, for its runner or an admin. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyEnrolment find(long enrolmentId) {
        MyEnrolment view = enrolments.findViewById(enrolmentId).orElseThrow(EnrolmentService::gone);
        requireOwner(view.personId());
        return view;
    }

    /** Someone's enrolments, for admins (member management). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MyEnrolment> enrolmentsOf(long personId) {
        return enrolments.findViewsByPersonId(personId);
    }

    private MyEnrolment open(long personId, Program program, LocalDate startDate, @Nullable Long enrolledBy) {
        return open(personId, program, startDate, enrolledBy, todayOf(personId));
    }

    private MyEnrolment open(long personId, Program program, LocalDate startDate, @Nullable Long enrolledBy,
            LocalDate today) {
        checkStart(program, startDate, today);
        if (enrolments.existsByPersonIdAndProgramIdAndStatusIn(personId, program.id(), OPEN)) {
            throw new IllegalArgumentException("Already enrolled in “" + program.title()
                    + "”. Restart or leave that enrolment first.");
        }
        try {
            Enrolment saved = enrolments.saveAndFlush(new Enrolment(personId, program.id(), startDate, enrolledBy,
                    clock.instant()));
            return view(saved);
        } catch (DataIntegrityViolationException twoTabsAtOnce) {
            throw new IllegalArgumentException("Already enrolled in “" + program.title() + "”.");
        }
    }

    private void checkStart(Program program, LocalDate startDate, LocalDate today) {
        if (startDate.isBefore(earliestStart(today, program.lengthDays()))) {
            throw new IllegalArgumentException("Choose a start date within the last " + program.lengthDays()
                    + " days, or later.");
        }
        if (startDate.isAfter(latestStart(today))) {
            throw new IllegalArgumentException("Choose a start date within the next " + START_DAYS_AHEAD_MAX
                    + " days.");
        }
    }

    private Enrolment owned(long enrolmentId) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(EnrolmentService::gone);
        requireOwner(enrolment.personId());
        return enrolment;
    }

    /** A runner acts on their own enrolments only; admins on anyone's. */
    private static void requireOwner(long personId) {
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && caller.personId() != personId) {
            throw new AccessDeniedException("This enrolment belongs to someone else");
        }
    }

    /** Today on the runner's calendar: the caller's own, or the runner's when an admin acts for them. */
    private LocalDate todayOf(long personId) {
        SignedInPerson caller = SignedInPerson.current();
        return caller.personId() == personId ? today() : LocalDate.now(clock.withZone(directory.timeZone(personId)));
    }

    /** The same entry whoever made the change (the runner, or an admin for them): the log names the actor. */
    private MyEnrolment audited(AuditAction action, MyEnrolment changed, String details) {
        String name = directory.displayNames(List.of(changed.personId())).getOrDefault(changed.personId(), "someone");
        audit.record(action, "enrolment", changed.id(), name + " in " + changed.programTitle(), details);
        return changed;
    }

    private MyEnrolment save(Enrolment enrolment) {
        return view(enrolments.saveAndFlush(enrolment));
    }

    private MyEnrolment view(Enrolment enrolment) {
        return enrolments.findViewById(enrolment.id()).orElseThrow(EnrolmentService::gone);
    }

    private static IllegalArgumentException gone() {
        return new IllegalArgumentException("This enrolment no longer exists.");
    }
}
