package app.limber.program;

import app.limber.account.SignedInPerson;
import app.limber.content.SessionRoutines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in runner's today page, built in a fixed handful of statements whatever the number of programs and
 * days: open enrolments, their programs, the programs' days and self-test prompts, completions, routine titles (and
 * live programs to join when there are none; self-test names when a program prompts one today).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TodayService {

    /** The page: a card per open enrolment, or programs to join when there is none. */
    public record Today(LocalDate date, List<TodayCard> cards, List<ProgramLink> programsToJoin) {
    }

    /** A live program's title and address ({@code programs/slug}). */
    public record ProgramLink(String title, String slug) {
    }

    private final SessionQueries queries;
    private final SessionRoutines routines;
    private final ObjectProvider<SelfTestCatalog> selfTestCatalog;
    private final Clock clock;

    TodayService(SessionQueries queries, SessionRoutines routines, ObjectProvider<SelfTestCatalog> selfTestCatalog,
            Clock clock) {
        this.queries = queries;
        this.routines = routines;
        this.selfTestCatalog = selfTestCatalog;
        this.clock = clock;
    }

    /** Today for the caller, by their own time zone. */
    @Transactional(readOnly = true)
    public Today today() {
        SignedInPerson runner = SignedInPerson.current();
        LocalDate today = ProgramCalendar.today(clock, runner.zone());
        // The enrolments and the days they completed come in one statement.
        Map<Long, Enrolment> open = new java.util.LinkedHashMap<>();
        Map<Long, Set<Integer>> completed = new HashMap<>();
        for (Object[] row : queries.openEnrolmentsWithCompletedDays(runner.personId())) {
            Enrolment enrolment = (Enrolment) row[0];
            open.putIfAbsent(enrolment.id(), enrolment);
            if (row[1] != null) {
                completed.computeIfAbsent(enrolment.id(), id -> new HashSet<>()).add(((Number) row[1]).intValue());
            }
        }
        List<Enrolment> enrolments = List.copyOf(open.values());
        if (enrolments.isEmpty()) {
            List<ProgramLink> live = queries.livePrograms(clock.instant()).stream()
                    .map(row -> new ProgramLink((String) row[0], (String) row[1])).toList();
            return new Today(today, List.of(), live);
        }
        Map<Long, ProgramSchedule> schedules = ProgramSchedule.load(queries,
                enrolments.stream().map(Enrolment::programId).distinct().toList());
        Map<Long, SessionRoutines.Outline> outlines = routines.outlines(schedules.values().stream()
                .flatMap(schedule -> schedule.routineIds().stream()).distinct().toList());
        schedules.replaceAll((id, schedule) -> schedule.playing(outlines.keySet()));
        Map<Long, SelfTestCatalog.SelfTestOption> selfTests = selfTestsPromptedToday(enrolments, schedules, today);
        List<TodayCard> cards = enrolments.stream().map(enrolment -> {
            ProgramSchedule schedule = schedules.get(enrolment.programId());
            return schedule == null ? null : card(enrolment, schedule,
                    completed.getOrDefault(enrolment.id(), Set.of()), outlines, selfTests, today);
        }).filter(Objects::nonNull).toList();
        return new Today(today, cards, List.of());
    }

    /** Names of the self-tests today's days prompt, read only when one does (one statement). */
    private Map<Long, SelfTestCatalog.SelfTestOption> selfTestsPromptedToday(List<Enrolment> enrolments,
            Map<Long, ProgramSchedule> schedules, LocalDate today) {
        boolean anyPrompt = enrolments.stream().anyMatch(enrolment -> {
            ProgramSchedule schedule = schedules.get(enrolment.programId());
            if (schedule == null) {
                return false;
            }
            int day = ProgramCalendar.todaysDay(enrolment.startDate(), schedule.lengthDays(),
                    SessionService.scheduleDate(enrolment, today));
            return day > 0 && !schedule.day(day).selfTestIds().isEmpty();
        });
        SelfTestCatalog catalog = anyPrompt ? selfTestCatalog.getIfAvailable() : null;
        return catalog == null ? Map.of() : catalog.selfTests().stream()
                .collect(Collectors.toMap(SelfTestCatalog.SelfTestOption::id, Function.identity()));
    }

    private static TodayCard card(Enrolment enrolment, ProgramSchedule schedule, Set<Integer> completed,
            Map<Long, SessionRoutines.Outline> outlines, Map<Long, SelfTestCatalog.SelfTestOption> selfTests,
            LocalDate today) {
        LocalDate asOf = SessionService.scheduleDate(enrolment, today);
        LocalDate start = enrolment.startDate();
        int length = schedule.lengthDays();
        List<Integer> practiceDays = schedule.practiceDays();
        int dayNumber = Math.max(0, Math.min(ProgramCalendar.dayNumberOn(start, asOf), length + 1));
        int todays = ProgramCalendar.todaysDay(start, length, asOf);
        TodayCard.@Nullable TodaySession session = todays == 0 ? null : new TodayCard.TodaySession(todays,
                schedule.day(todays).note(), outlinesOf(schedule.day(todays).routineIds(), outlines),
                completed.contains(todays), schedule.day(todays).selfTestIds().stream().map(selfTests::get)
                        .filter(Objects::nonNull).toList());
        List<TodayCard.MissedDay> missed = ProgramCalendar.missedDays(start, length, practiceDays, completed, asOf)
                .stream().map(day -> new TodayCard.MissedDay(day, ProgramCalendar.dateOf(start, day),
                        outlinesOf(schedule.day(day).routineIds(), outlines).stream()
                                .map(SessionRoutines.Outline::title).toList()))
                .toList();
        return new TodayCard(enrolment.id(), schedule.title(), schedule.slug(), enrolment.status(), start, length,
                dayNumber, session, missed,
                ProgramCalendar.programStreak(start, length, practiceDays, completed, asOf),
                ProgramCalendar.completionPercent(practiceDays, completed),
                enrolment.calendarTokenHash() != null);
    }

    private static List<SessionRoutines.Outline> outlinesOf(List<Long> routineIds,
            Map<Long, SessionRoutines.Outline> outlines) {
        return routineIds.stream().map(outlines::get).filter(Objects::nonNull).toList();
    }
}
