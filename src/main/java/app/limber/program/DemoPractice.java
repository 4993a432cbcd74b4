package app.limber.program;

import app.limber.account.DemoMode;
import app.limber.account.DemoPeople;
import app.limber.account.SignedInPerson;
import app.limber.content.SessionRoutines;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a practice history for the two demo runners in the demo program (after {@link DemoPrograms}), so
 * the today page shows a streak, a day to catch up, and notes on how sessions felt. Runs once: an enrolment that
 * already has completions is left alone.
 */
@Component
@Order(45)
class DemoPractice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

    /** The first runner skipped one day last week and has not caught it up yet. */
    private static final Map<String, Set<Integer>> SKIPPED = Map.of("runner@limber.test", Set.of(8));

    /** What the runners noted on some days: feel 1-5 and a note. */
    private static final Map<Integer, Felt> NOTES = Map.of(
            1, new Felt(3, "Left ankle noticeably stiffer than the right when pulling the toes back."),
            2, new Felt(4, "Did it straight after an easy 5 k. Calves loved it."),
            4, new Felt(2, "Toes tucked under was intense. Used a folded blanket under the knees, better."),
            6, new Felt(4, ""),
            9, new Felt(5, "First time the toe stretch felt easy. Long run tomorrow."),
            11, new Felt(4, "Runner's sun salutation: slow round, lunges feel steadier."));

    private record Felt(int feel, String note) {
    }

    private final DemoMode demoMode;
    private final DemoPeople people;
    private final SessionQueries queries;
    private final SessionCompletionRepository completions;
    private final SessionRoutines routines;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPractice(DemoMode demoMode, DemoPeople people, SessionQueries queries,
            SessionCompletionRepository completions, SessionRoutines routines, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
        this.queries = queries;
        this.completions = completions;
        this.routines = routines;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        int seeded = 0;
        for (String email : DemoPrograms.RUNNERS.keySet()) {
            SignedInPerson runner = person(email);
            if (runner != null) {
                Integer count = transaction.execute(status -> seed(runner, SKIPPED.getOrDefault(email, Set.of())));
                seeded += count == null ? 0 : count;
            }
        }
        if (seeded > 0) {
            log.info("Seeded {} demo session completions", seeded);
        }
    }

    private int seed(SignedInPerson runner, Set<Integer> skipped) {
        LocalDate today = ProgramCalendar.today(clock, runner.zone());
        int seeded = 0;
        for (Enrolment enrolment : queries.openEnrolments(runner.personId())) {
            ProgramSchedule schedule = ProgramSchedule.load(queries, List.of(enrolment.programId()))
                    .get(enrolment.programId());
            if (schedule == null || !schedule.slug().equals(DemoPrograms.PROGRAM_SLUG)
                    || !queries.completedDays(List.of(enrolment.id())).isEmpty()) {
                continue;
            }
            Map<Long, SessionRoutines.Outline> outlines = routines.outlines(schedule.routineIds());
            for (int day : schedule.practiceDays()) {
                LocalDate date = ProgramCalendar.dateOf(enrolment.startDate(), day);
                if (!date.isBefore(today) || skipped.contains(day)) {
                    continue;
                }
                List<SessionRoutines.Outline> practised = schedule.day(day).routineIds().stream()
                        .map(outlines::get).filter(Objects::nonNull).toList();
                Felt felt = NOTES.get(day);
                completions.save(new SessionCompletion(enrolment.id(), runner.personId(), day,
                        date.atTime(LocalTime.of(7, 15).plusMinutes(day * 7L % 50)).atZone(runner.zone()).toInstant(),
                        date, practised.stream().mapToInt(SessionRoutines.Outline::totalSeconds).sum(),
                        String.join(", ", practised.stream().map(SessionRoutines.Outline::title).toList()),
                        felt == null ? null : felt.feel(), felt == null ? "" : felt.note()));
                seeded++;
            }
        }
        return seeded;
    }

    private @Nullable SignedInPerson person(String email) {
        return people.find(email).orElse(null);
    }
}
