package app.limber.program;

import app.limber.account.SignedInPerson;
import app.limber.content.SessionRoutines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Playing and completing a day's session. Only the runner enrolled may open a session, keep their place in it or
 * complete it; only days already released (see {@link ProgramCalendar}) of an active or paused enrolment.
 * Completing is idempotent: one completion per enrolment and day, a second "Done" changes nothing. A program's author
 * and admins may also preview any day of it ({@link #previewDay}), which reads and never writes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionService {

    static final int NOTE_MAX = SessionCompletion.NOTE_MAX;

    private static final java.time.format.DateTimeFormatter OPENS_ON =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH);

    /** What happened on "Done". */
    public enum Completion {
        RECORDED, ALREADY_DONE
    }

    private final SessionQueries queries;
    private final SessionCompletionRepository completions;
    private final SessionPlaceRepository places;
    private final SessionRoutines routines;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final StepFeedbackRepository stepFeedback;

    SessionService(SessionQueries queries, SessionCompletionRepository completions, SessionPlaceRepository places,
            SessionRoutines routines, Clock clock, PlatformTransactionManager transactionManager,
            StepFeedbackRepository stepFeedback) {
        this.stepFeedback = stepFeedback;
        this.queries = queries;
        this.completions = completions;
        this.places = places;
        this.routines = routines;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The player's address for a day of an enrolment. */
    public static String sessionPath(long enrolmentId, int dayNumber) {
        return "session/" + enrolmentId + "-" + dayNumber;
    }

    /** A day's session for the caller: refused for someone else's enrolment and for days not released yet. */
    @Transactional(readOnly = true)
    public SessionPlan open(long enrolmentId, int dayNumber) {
        Enrolment enrolment = ownOpenEnrolment(enrolmentId);
        ProgramSchedule schedule = scheduleOf(enrolment);
        requireReleased(enrolment, schedule, dayNumber);
        ProgramSchedule.ScheduledDay day = schedule.day(dayNumber);
        Object[] standing = places.standing(enrolmentId, dayNumber, SignedInPerson.current().personId()).getFirst();
        boolean done = ((Number) standing[0]).longValue() > 0;
        int place = standing[1] == null ? 0 : ((Number) standing[1]).intValue();
        return new SessionPlan(enrolmentId, dayNumber, ProgramCalendar.dateOf(enrolment.startDate(), dayNumber),
                schedule.title(), schedule.lengthDays(), day.note(), routines.forSession(day.routineIds()), place,
                done, marks((String) standing[2]));
    }

    /**
     * A day of a program as its runners would play it (the routines live now, in order, with the day's note), for the
     * program's author or an admin to try before or after publishing; nothing about it is ever recorded.
     * {@code routinesLeftOut} counts routines on the day that runners would not get yet because they are not live.
     */
    public record DayPreview(long programId, SessionPlan plan, int routinesLeftOut) {
    }

    /**
     * A day of any program, whatever its status, for its author's or an admin's preview; refused to anyone else
     * ({@link AccessDeniedException}), and for a program or day that doesn't exist.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public DayPreview previewDay(long programId, int dayNumber) {
        SignedInPerson caller = SignedInPerson.current();
        long authorId = queries.authorOfProgram(programId).orElseThrow(ProgramService::gone);
        if (!caller.isAdmin() && authorId != caller.personId()) {
            throw new AccessDeniedException("Only the program's author or an admin may preview it.");
        }
        ProgramSchedule schedule = ProgramSchedule.load(queries, List.of(programId)).get(programId);
        if (schedule == null) {
            throw ProgramService.gone();
        }
        if (dayNumber < 1 || dayNumber > schedule.lengthDays()) {
            throw new IllegalArgumentException("This program has no day " + dayNumber + ".");
        }
        ProgramSchedule.ScheduledDay day = schedule.day(dayNumber);
        List<SessionRoutines.SessionRoutine> playable = routines.forSession(day.routineIds());
        java.util.Set<Long> played = playable.stream().map(SessionRoutines.SessionRoutine::id)
                .collect(java.util.stream.Collectors.toSet());
        int leftOut = (int) day.routineIds().stream().filter(id -> !played.contains(id)).distinct().count();
        SessionPlan plan = new SessionPlan(0, dayNumber, ProgramCalendar.today(clock, caller.zone()),
                schedule.title(), schedule.lengthDays(), day.note(), playable, 0, false, Map.of());
        return new DayPreview(programId, plan, leftOut);
    }

    /** Remembers the step the caller is on, so leaving and coming back resumes there. */
    @Transactional
    public void savePlace(long enrolmentId, int dayNumber, int stepIndex) {
        ownOpenEnrolment(enrolmentId);
        int step = Math.max(0, stepIndex);
        places.record(enrolmentId, dayNumber, step, clock.instant());
    }

    /** A step of a session, as the player names it when the runner marks it. */
    public record StepKey(long routineId, int stepIndex) {
    }

    /** Marks as {@link SessionPlaceRepository#standing} lists them: {@code routineId:stepIndex:VERDICT,...}. */
    private static Map<StepKey, StepVerdict> marks(@Nullable String listed) {
        if (listed == null || listed.isEmpty()) {
            return Map.of();
        }
        Map<StepKey, StepVerdict> marks = new java.util.HashMap<>();
        for (String mark : listed.split(",")) {
            String[] parts = mark.split(":");
            marks.put(new StepKey(Long.parseLong(parts[0]), Integer.parseInt(parts[1])), StepVerdict.valueOf(parts[2]));
        }
        return Map.copyOf(marks);
    }

    /** The caller's marks on the steps of a day's session. */
    @Transactional(readOnly = true)
    public Map<StepKey, StepVerdict> stepMarks(long enrolmentId, int dayNumber) {
        // only the caller's own marks: someone else's enrolment simply has none (no separate ownership read)
        return stepFeedback.findByEnrolmentIdAndDayNumberAndPersonId(enrolmentId, dayNumber,
                SignedInPerson.current().personId()).stream().collect(
                java.util.stream.Collectors.toMap(mark -> new StepKey(mark.routineId(), mark.stepIndex()),
                        StepFeedback::verdict));
    }

    /**
     * Marks a step of a released day's session "too hard" or "felt good" for the caller's instructor, replacing an
     * earlier mark on the same step; {@code null} takes the mark back. Refused for a step the day doesn't have.
     */
    @Transactional
    public void markStep(long enrolmentId, int dayNumber, StepKey step, @Nullable StepVerdict verdict) {
        Enrolment enrolment = ownOpenEnrolment(enrolmentId);
        ProgramSchedule schedule = scheduleOf(enrolment);
        requireReleased(enrolment, schedule, dayNumber);
        SessionRoutines.SessionStep marked = routines.forSession(schedule.day(dayNumber).routineIds()).stream()
                .filter(routine -> routine.id() == step.routineId()).findFirst()
                .filter(routine -> step.stepIndex() >= 0 && step.stepIndex() < routine.steps().size())
                .map(routine -> routine.steps().get(step.stepIndex()))
                .orElseThrow(() -> new IllegalArgumentException("Day " + dayNumber + " has no such step."));
        var existing = stepFeedback.findByEnrolmentIdAndDayNumberAndRoutineIdAndStepIndex(enrolmentId, dayNumber,
                step.routineId(), step.stepIndex());
        if (verdict == null) {
            existing.ifPresent(stepFeedback::delete);
        } else if (existing.isPresent()) {
            existing.get().change(verdict, clock.instant());
        } else {
            stepFeedback.save(new StepFeedback(enrolmentId, enrolment.personId(), dayNumber, step.routineId(),
                    step.stepIndex(), marked.name(), verdict, clock.instant()));
        }
    }

    /**
     * Marks a day done for the caller, with how it felt (1-5, optional) and a note; copies in the routine titles and
     * their length so the record survives later edits of the program.
     */
    public Completion complete(long enrolmentId, int dayNumber, @Nullable Integer feel, @Nullable String note) {
        if (feel != null && (feel < 1 || feel > 5)) {
            throw new IllegalArgumentException("How it felt is a number from 1 to 5.");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > NOTE_MAX) {
            throw new IllegalArgumentException("Keep the note under " + NOTE_MAX + " characters.");
        }
        try {
            return Objects.requireNonNull(transaction.execute(status -> record(enrolmentId, dayNumber, feel, cleanNote)));
        } catch (DataIntegrityViolationException doneMeanwhile) {
            // The same day completed at the same moment elsewhere (a second tab): the unique index kept one.
            return Completion.ALREADY_DONE;
        }
    }

    private Completion record(long enrolmentId, int dayNumber, @Nullable Integer feel, String note) {
        SignedInPerson runner = SignedInPerson.current();
        Enrolment enrolment = ownOpenEnrolment(enrolmentId);
        ProgramSchedule schedule = scheduleOf(enrolment);
        requireReleased(enrolment, schedule, dayNumber);
        ProgramSchedule.ScheduledDay day = schedule.day(dayNumber);
        Map<Long, SessionRoutines.Outline> outlines = routines.outlines(day.routineIds());
        List<SessionRoutines.Outline> practised = day.routineIds().stream().map(outlines::get)
                .filter(Objects::nonNull).toList();
        if (practised.isEmpty()) {
            // No routines, or none live any more: a rest day, as the program's page shows it.
            throw new IllegalArgumentException("Day " + dayNumber + " is a rest day: nothing to complete.");
        }
        if (completions.findByEnrolmentIdAndDayNumber(enrolmentId, dayNumber).isPresent()) {
            return Completion.ALREADY_DONE;
        }
        String titles = abbreviate(String.join(", ", practised.stream().map(SessionRoutines.Outline::title).toList()));
        int seconds = practised.stream().mapToInt(SessionRoutines.Outline::totalSeconds).sum();
        completions.saveAndFlush(new SessionCompletion(enrolmentId, runner.personId(), dayNumber, clock.instant(),
                ProgramCalendar.today(clock, runner.zone()), seconds, titles, feel, note));
        places.deleteById(new SessionPlace.Key(enrolmentId, dayNumber));
        return Completion.RECORDED;
    }

    private static String abbreviate(String titles) {
        return titles.length() <= 1000 ? titles : titles.substring(0, 999) + "…";
    }

    private Enrolment ownOpenEnrolment(long enrolmentId) {
        Enrolment enrolment = queries.findById(enrolmentId)
                .filter(found -> found.personId() == SignedInPerson.current().personId())
                .orElseThrow(() -> new AccessDeniedException("This session isn't yours."));
        if (!enrolment.status().isOpen()) {
            throw new IllegalArgumentException("You have left this program.");
        }
        return enrolment;
    }

    private ProgramSchedule scheduleOf(Enrolment enrolment) {
        ProgramSchedule schedule = ProgramSchedule.load(queries, List.of(enrolment.programId()))
                .get(enrolment.programId());
        if (schedule == null) {
            throw new IllegalArgumentException("This program no longer exists.");
        }
        return schedule;
    }

    private void requireReleased(Enrolment enrolment, ProgramSchedule schedule, int dayNumber) {
        LocalDate asOf = scheduleDate(enrolment, ProgramCalendar.today(clock, SignedInPerson.current().zone()));
        if (dayNumber < 1 || dayNumber > schedule.lengthDays()) {
            throw new IllegalArgumentException("This program has no day " + dayNumber + ".");
        }
        if (!ProgramCalendar.isUnlocked(enrolment.startDate(), schedule.lengthDays(), dayNumber, asOf)) {
            throw new IllegalArgumentException("Day " + dayNumber + " opens on "
                    + OPENS_ON.format(ProgramCalendar.dateOf(enrolment.startDate(), dayNumber)) + ".");
        }
    }

    /** The date the schedule stands at: today, or the day it was paused on (a paused program stands still). */
    static LocalDate scheduleDate(Enrolment enrolment, LocalDate today) {
        return ProgramCalendar.standsAt(enrolment.status() == EnrolmentStatus.PAUSED, enrolment.pausedOn(), today);
    }
}
