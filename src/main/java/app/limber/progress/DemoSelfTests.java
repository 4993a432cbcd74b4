package app.limber.progress;

import app.limber.account.DemoMode;
import app.limber.account.DemoPeople;
import app.limber.account.SignedInPerson;
import app.limber.content.Side;
import app.limber.program.DayPlan;
import app.limber.program.ProgramDraft;
import app.limber.program.ProgramFilter;
import app.limber.program.ProgramService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo coach's self-tests once, in demo mode, and a few weeks of results for the two demo runners that
 * improve slowly with the usual day-to-day wobble, so the progress page has charts and trends on first start.
 * Everything goes through {@link SelfTestService}, signed in as the coach and then as each runner. Runs after the
 * demo program and its enrolments (order 40).
 */
@Component
@Order(50)
class DemoSelfTests implements ApplicationRunner {

    static final String COACH_EMAIL = "coach@limber.test";

    /** The demo program (seeded by the program feature) whose days 1, 15 and 30 ask for the self-tests. */
    static final String PROGRAM_SLUG = "back-on-track-30-days-of-mobility-for-runners";
    static final List<Integer> PROMPT_DAYS = List.of(1, 15, 30);

    /** Demo runner → how many weeks of history they have; the first has been at it longer. */
    static final Map<String, Integer> RUNNERS = Map.of("runner@limber.test", 6, "runner2@limber.test", 2);

    private static final Logger log = LoggerFactory.getLogger(DemoSelfTests.class);

    private final DemoMode demoMode;
    private final DemoPeople people;
    private final SelfTestService selfTests;
    private final ProgramService programs;

    DemoSelfTests(DemoMode demoMode, DemoPeople people, SelfTestService selfTests,
            ProgramService programs) {
        this.demoMode = demoMode;
        this.people = people;
        this.selfTests = selfTests;
        this.programs = programs;
    }

    /** How a demo runner's results move: where they start, how much they gain per week, how much they wobble. */
    private record Course(double start, double perWeek, double noise) {
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        Optional<SignedInPerson> coach = people.find(COACH_EMAIL);
        if (coach.isEmpty() || !coach.get().getAuthorities().stream()
                .anyMatch(authority -> "ROLE_INSTRUCTOR".equals(authority.getAuthority()))) {
            return;
        }
        List<Long> seeded = DemoPeople.as(coach.get(), this::seedTests);
        if (seeded == null) {
            return;
        }
        DemoPeople.as(coach.get(), () -> {
            promptInDemoProgram(seeded);
            return null;
        });
        Random wobble = new Random(42);
        RUNNERS.forEach((email, weeks) -> people.find(email).ifPresent(runner -> DemoPeople.as(runner, () -> {
            LocalDate today = selfTests.todayForCaller();
            List<SelfTestCard> tests = selfTests.myHistories().stream().map(SelfTestHistory::test)
                    .filter(test -> seeded.contains(test.id())).toList();
            for (SelfTestCard test : tests) {
                Course course = courseFor(test, email);
                for (int week = weeks; week >= 0; week--) {
                    LocalDate day = today.minusWeeks(week).minusDays(week == 0 ? 1 : 0);
                    for (Side side : test.sides()) {
                        double sideOffset = side == Side.RIGHT ? course.noise() * 2 : 0;
                        double value = course.start() + sideOffset + course.perWeek() * (weeks - week)
                                + (wobble.nextDouble() - 0.5) * 2 * course.noise();
                        record(test, side, day, value, week == weeks ? "First time measuring." : "");
                    }
                }
            }
            return null;
        })));
        log.info("Seeded {} demo self-tests and results for {} demo runners", seeded.size(), RUNNERS.size());
    }

    /** The new tests' ids, or null when the coach already has some. */
    private @Nullable List<Long> seedTests() {
        if (selfTests.count("") > 0) {
            return null;
        }
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(selfTests.save(draft("Knee-to-wall", "cm", true, true, "0", null, """
                Face a wall in a half-kneeling lunge, front foot a hand's width from the wall. Keeping the heel \
                down, bend the front knee forward until it touches the wall. Move the foot back a little at a time \
                until the knee only just reaches the wall with the heel still down, then measure from the tip of \
                your big toe to the wall. Do both sides.""")).getId());
        ids.add(selfTests.save(draft("Big toe stiffness", "score (0-10)", false, false, "0", "10", """
                Kneel and sit back towards your heels with your toes tucked under, as in the post-run toe stretch. \
                Lean forward to take weight off if you need to. After five slow breaths, score how stiff your toes \
                feel: 0 is no stiffness at all, 10 is so stiff you can't stay there.""")).getId());
        ids.add(selfTests.save(draft("Seated point-and-flex range", "score (0-10)", true, true, "0", "10", """
                Sit on the floor with your legs straight. Point one foot away from you as far as it goes, then pull \
                the toes back towards you. Score the range you feel, both ways together: 0 is barely moving, 10 is \
                a full, easy range. Do both feet; repeating it daily is also the exercise.""")).getId());
        return ids;
    }

    /** Days 1, 15 and 30 of the demo program ask runners to record the self-tests, if that program is there. */
    private void promptInDemoProgram(List<Long> testIds) {
        programs.list(ProgramFilter.none(), PageRequest.of(0, 50)).stream()
                .filter(program -> program.slug().equals(PROGRAM_SLUG)).findFirst().ifPresent(program -> {
                    ProgramDraft draft = programs.load(program.id()).orElseThrow();
                    PROMPT_DAYS.stream().filter(day -> day <= draft.getLengthDays()).forEach(day -> {
                        DayPlan plan = draft.day(day);
                        draft.setDay(new DayPlan(day, plan.routineIds(), plan.note(),
                                new java.util.LinkedHashSet<>(testIds)));
                    });
                    programs.save(draft);
                });
    }

    private static SelfTestDraft draft(String name, String unit, boolean higherIsBetter, boolean perSide, String min,
            @Nullable String max, String instructions) {
        SelfTestDraft draft = SelfTestDraft.blank();
        draft.setName(name);
        draft.setUnit(unit);
        draft.setHigherIsBetter(higherIsBetter);
        draft.setPerSide(perSide);
        draft.setMinValue(new BigDecimal(min));
        draft.setMaxValue(max == null ? null : new BigDecimal(max));
        draft.setInstructions(instructions);
        return draft;
    }

    private static Course courseFor(SelfTestCard test, String email) {
        boolean newer = !email.equals("runner@limber.test");
        return switch (test.name()) {
            case "Knee-to-wall" -> newer ? new Course(7.5, 0.4, 0.3) : new Course(6, 0.5, 0.4);
            case "Big toe stiffness" -> newer ? new Course(6, -0.5, 0.4) : new Course(7, -0.6, 0.5);
            default -> newer ? new Course(5, 0.3, 0.4) : new Course(4, 0.5, 0.5);
        };
    }

    private void record(SelfTestCard test, Side side, LocalDate day, double value, String note) {
        double min = test.minValue() == null ? 0 : test.minValue().doubleValue();
        double max = test.maxValue() == null ? Double.MAX_VALUE : test.maxValue().doubleValue();
        // Scores are whole numbers; distances are measured to the half centimetre.
        double step = test.unit().equals("cm") ? 0.5 : 1;
        double rounded = Math.round(Math.max(min, Math.min(max, value)) / step) * step;
        ResultEntry entry = new ResultEntry(test.id(), 0, 0);
        entry.setValue(BigDecimal.valueOf(rounded).setScale(2, RoundingMode.HALF_UP));
        entry.setSide(side);
        entry.setMeasuredOn(day);
        entry.setNote(note);
        selfTests.record(entry);
    }
}
