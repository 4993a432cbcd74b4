package app.limber.coaching;

import static app.limber.coaching.Rows.asDate;
import static app.limber.coaching.Rows.asDouble;
import static app.limber.coaching.Rows.asInstant;
import static app.limber.coaching.Rows.asInt;
import static app.limber.coaching.Rows.asInteger;
import static app.limber.coaching.Rows.asLong;
import static app.limber.coaching.Rows.asText;

import app.limber.coaching.Dashboard.BehindRunner;
import app.limber.coaching.Dashboard.DayCompletion;
import app.limber.coaching.Dashboard.Feedback;
import app.limber.coaching.Dashboard.ProgramBoard;
import app.limber.coaching.Dashboard.SelfTestChange;
import app.limber.coaching.Dashboard.StepCount;
import app.limber.coaching.Dashboard.Window;
import app.limber.content.Side;
import app.limber.program.ProgramCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's dashboard: for each of their programs (every program for admins) active runners, sessions done
 * against due over the last 7 and 28 days, completion by program day, runners falling behind, recent feedback and
 * self-test changes since enrolment, plus the steps runners marked. Four aggregate statements whatever the number of
 * runners; the schedule arithmetic is {@link ProgramCalendar}'s, in each runner's own time zone.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class CoachingDashboardService {

    /** Missed practice days from which a runner counts as falling behind. */
    public static final int BEHIND_FROM = 3;

    /** Feedback entries shown per program, newest first. */
    static final int RECENT_FEEDBACK = 10;

    private final EntityManager entityManager;
    private final Clock clock;

    CoachingDashboardService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The dashboard of the caller. */
    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        Instant now = clock.instant();
        Map<Long, ProgramRow> programs = new LinkedHashMap<>();
        Map<Long, List<EnrolmentRow>> enrolments = new LinkedHashMap<>();
        programsAndEnrolments(now, programs, enrolments);
        Map<Long, List<Feedback>> feedback = new LinkedHashMap<>();
        Map<Long, List<SelfTestChange>> changes = new LinkedHashMap<>();
        if (!programs.isEmpty()) {
            recentFeedback().forEach(entry -> feedback.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                    .add(entry.getValue()));
            selfTestChanges().forEach(entry -> changes.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                    .add(entry.getValue()));
        }
        List<ProgramBoard> boards = programs.values().stream()
                .filter(program -> !program.archived() || enrolments.getOrDefault(program.id(), List.of()).stream()
                        .anyMatch(EnrolmentRow::open))
                .map(program -> board(program, enrolments.getOrDefault(program.id(), List.of()),
                        feedback.getOrDefault(program.id(), List.of()), changes.getOrDefault(program.id(), List.of()),
                        now))
                .toList();
        return new Dashboard(boards, stepFeedback());
    }

    // ---- the four statements ----

    private record ProgramRow(long id, String title, int lengthDays, boolean archived, List<Integer> practiceDays) {
    }

    private record EnrolmentRow(long programId, long personId, String name, ZoneId zone, LocalDate startDate,
            String status, @Nullable LocalDate pausedOn, Instant updatedAt, Set<Integer> completedDays,
            int doneLastWeek, int doneLastFourWeeks, @Nullable LocalDate lastPractised) {

        boolean open() {
            return status.equals("ACTIVE") || status.equals("PAUSED");
        }

        /** The runner's date the schedule stands at: today (paused: the pause date), or when it was closed. */
        LocalDate asOf(Instant now) {
            if (!open()) {
                return LocalDate.ofInstant(updatedAt, zone);
            }
            return ProgramCalendar.standsAt(status.equals("PAUSED"), pausedOn, LocalDate.ofInstant(now, zone));
        }
    }

    /**
     * The caller's programs that runners can be in (not drafts) with their practice days, and every enrolment in them
     * with its completed days and recent sessions: one row per enrolment, or one row with no enrolment for a program
     * nobody is in. One statement for both, so that the dashboard opens in four.
     */
    private void programsAndEnrolments(Instant now, Map<Long, ProgramRow> programs,
            Map<Long, List<EnrolmentRow>> enrolments) {
        Query query = query("""
                select p.id, p.title, p.length_days, p.status,
                    (select string_agg(cast(d.day_number as varchar), ',' order by d.day_number)
                        from program_days d
                        where d.program_id = p.id and d.day_number <= p.length_days
                            and exists (select 1 from program_day_routines r where r.program_day_id = d.id)),
                    e.id, e.person_id, pe.display_name, pe.time_zone, e.start_date, e.status, e.paused_on,
                    e.updated_at, string_agg(cast(c.day_number as varchar), ',' order by c.day_number),
                    count(case when c.completed_at >= :weekAgo then 1 end),
                    count(case when c.completed_at >= :fourWeeksAgo then 1 end),
                    max(c.completed_on)
                from programs p
                left join enrolments e on e.program_id = p.id
                left join people pe on pe.id = e.person_id
                left join session_completions c on c.enrolment_id = e.id
                where p.status <> 'DRAFT' and %s
                group by p.id, p.title, p.length_days, p.status, e.id, e.person_id, pe.display_name, pe.time_zone,
                    e.start_date, e.status, e.paused_on, e.updated_at
                order by lower(p.title), p.id, e.id""");
        query.setParameter("weekAgo", now.minus(Duration.ofDays(7)));
        query.setParameter("fourWeeksAgo", now.minus(Duration.ofDays(28)));
        for (Object[] row : rows(query)) {
            long programId = asLong(row[0]);
            programs.computeIfAbsent(programId, id -> new ProgramRow(id, asText(row[1]), asInt(row[2]),
                    "ARCHIVED".equals(row[3]), days(row[4]).stream().sorted().toList()));
            if (row[5] == null) {
                continue;
            }
            enrolments.computeIfAbsent(programId, id -> new ArrayList<>()).add(new EnrolmentRow(programId,
                    asLong(row[6]), asText(row[7]), Rows.zone(row[8]), java.util.Objects.requireNonNull(asDate(row[9])),
                    asText(row[10]), asDate(row[11]), asInstant(row[12]), days(row[13]), asInt(row[14]),
                    asInt(row[15]), asDate(row[16])));
        }
    }

    private static Set<Integer> days(@Nullable Object commaSeparated) {
        if (commaSeparated == null || commaSeparated.toString().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.toString().split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The newest feedback (a feel score or a note) of each program, keyed by program id, newest first. */
    private List<Map.Entry<Long, Feedback>> recentFeedback() {
        Query query = query("""
                select program_id, person_id, display_name, day_number, feel, note, completed_on from (
                    select e.program_id, c.person_id, pe.display_name, c.day_number, c.feel, c.note, c.completed_on,
                        c.completed_at, c.id,
                        row_number() over (partition by e.program_id order by c.completed_at desc, c.id desc) as n
                    from session_completions c
                    join enrolments e on e.id = c.enrolment_id
                    join programs p on p.id = e.program_id
                    join people pe on pe.id = c.person_id
                    where (c.feel is not null or c.note <> '') and p.status <> 'DRAFT' and %s
                ) newest
                where n <= :limit
                order by program_id, completed_at desc, id desc""");
        query.setParameter("limit", RECENT_FEEDBACK);
        return rows(query).stream().map(row -> Map.entry(asLong(row[0]), new Feedback(asLong(row[1]),
                asText(row[2]), asInt(row[3]), asInteger(row[4]), asText(row[5]),
                java.util.Objects.requireNonNull(asDate(row[6]))))).toList();
    }

    /** Self-test changes per program, test and side, from each runner's first result since their start. */
    private List<Map.Entry<Long, SelfTestChange>> selfTestChanges() {
        List<Object[]> rows = rows("""
                select program_id, self_test_id, name, unit, higher_is_better, side, count(*),
                    avg(latest_value - baseline),
                    sum(case when (higher_is_better and latest_value > baseline) or (not higher_is_better and latest_value < baseline)
                        then 1 else 0 end)
                from (
                    select distinct e.id as enrolment_id, e.program_id, t.id as self_test_id, t.name, t.unit,
                        t.higher_is_better, r.side,
                        first_value(r.measured_value) over (partition by e.id, t.id, r.side
                            order by r.measured_on, r.id) as baseline,
                        first_value(r.measured_value) over (partition by e.id, t.id, r.side
                            order by r.measured_on desc, r.id desc) as latest_value,
                        count(*) over (partition by e.id, t.id, r.side) as results
                    from enrolments e
                    join programs p on p.id = e.program_id
                    join self_test_results r on r.person_id = e.person_id and r.measured_on >= e.start_date
                    join self_tests t on t.id = r.self_test_id
                    where e.status in ('ACTIVE', 'PAUSED') and p.status <> 'DRAFT' and %s
                        and exists (select 1 from program_day_self_tests s
                            join program_days d on d.id = s.program_day_id
                            where d.program_id = e.program_id and s.self_test_id = t.id)
                ) per_runner
                where results >= 2
                group by program_id, self_test_id, name, unit, higher_is_better, side
                order by program_id, lower(name), self_test_id, side""");
        return rows.stream().map(row -> Map.entry(asLong(row[0]), new SelfTestChange(asLong(row[1]),
                asText(row[2]), asText(row[3]), Boolean.TRUE.equals(row[4]), Side.valueOf(asText(row[5])),
                asInt(row[6]), asDouble(row[7]), asInt(row[8])))).toList();
    }

    /** Steps of the caller's routines that runners marked, most "too hard" first. */
    private List<StepCount> stepFeedback() {
        return CallerScope.rows(CallerScope.query(entityManager, """
                select r.id, r.title, f.step_index, max(f.step_name),
                    sum(case when f.verdict = 'TOO_HARD' then 1 else 0 end),
                    sum(case when f.verdict = 'FELT_GOOD' then 1 else 0 end)
                from step_feedback f
                join routines r on r.id = f.routine_id
                where %s
                group by r.id, r.title, f.step_index
                order by 5 desc, 6 desc, lower(r.title), f.step_index
                limit 50""", "r")).stream()
                .map(row -> new StepCount(asLong(row[0]), asText(row[1]), asInt(row[2]) + 1, asText(row[3]),
                        asInt(row[4]), asInt(row[5]))).toList();
    }

    // ---- the arithmetic, per program ----

    private static ProgramBoard board(ProgramRow program, List<EnrolmentRow> enrolments, List<Feedback> feedback,
            List<SelfTestChange> changes, Instant now) {
        int active = 0;
        int paused = 0;
        int[] due = new int[2];
        int[] done = new int[2];
        Map<Integer, int[]> byDay = new LinkedHashMap<>();
        program.practiceDays().forEach(day -> byDay.put(day, new int[2]));
        List<BehindRunner> behind = new ArrayList<>();
        for (EnrolmentRow enrolment : enrolments) {
            LocalDate asOf = enrolment.asOf(now);
            int unlocked = ProgramCalendar.unlockedDays(enrolment.startDate(), program.lengthDays(), asOf);
            byDay.forEach((day, counts) -> {
                if (day <= unlocked) {
                    counts[0]++;
                    if (enrolment.completedDays().contains(day)) {
                        counts[1]++;
                    }
                }
            });
            if (!enrolment.status().equals("ACTIVE")) {
                paused += enrolment.status().equals("PAUSED") ? 1 : 0;
                continue;
            }
            active++;
            LocalDate today = LocalDate.ofInstant(now, enrolment.zone());
            due[0] += dueBetween(program, enrolment.startDate(), today.minusDays(6), today);
            due[1] += dueBetween(program, enrolment.startDate(), today.minusDays(27), today);
            done[0] += enrolment.doneLastWeek();
            done[1] += enrolment.doneLastFourWeeks();
            List<Integer> missed = ProgramCalendar.missedDays(enrolment.startDate(), program.lengthDays(),
                    program.practiceDays(), enrolment.completedDays(), today);
            if (missed.size() >= BEHIND_FROM) {
                behind.add(new BehindRunner(enrolment.personId(), enrolment.name(), missed.size(),
                        ProgramCalendar.todaysDay(enrolment.startDate(), program.lengthDays(), today),
                        enrolment.lastPractised()));
            }
        }
        behind.sort(Comparator.comparingInt(BehindRunner::missedDays).reversed()
                .thenComparing(BehindRunner::name, String.CASE_INSENSITIVE_ORDER));
        List<DayCompletion> days = byDay.entrySet().stream()
                .map(entry -> new DayCompletion(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        return new ProgramBoard(program.id(), program.title(), program.lengthDays(), active, paused,
                new Window(7, done[0], due[0]), new Window(28, done[1], due[1]), days, List.copyOf(behind),
                List.copyOf(feedback), List.copyOf(changes));
    }

    /** Practice days of an enrolment that fell on the runner's dates from..to (inclusive). */
    private static int dueBetween(ProgramRow program, LocalDate start, LocalDate from, LocalDate to) {
        int first = Math.max(1, ProgramCalendar.dayNumberOn(start, from));
        int last = Math.min(program.lengthDays(), ProgramCalendar.dayNumberOn(start, to));
        return (int) program.practiceDays().stream().filter(day -> day >= first && day <= last).count();
    }

    // ---- plumbing ----

    private Query query(String sql) {
        return CallerScope.query(entityManager, sql);
    }

    private List<Object[]> rows(String sql) {
        return rows(query(sql));
    }

    private static List<Object[]> rows(Query query) {
        return CallerScope.rows(query);
    }
}
