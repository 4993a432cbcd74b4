package app.limber.program;

import app.limber.account.DemoMode;
import app.limber.account.DemoPeople;
import app.limber.account.SignedInPerson;
import app.limber.content.RoutineFacts;
import app.limber.content.RoutineLookup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo program once, in demo mode, after the demo routines exist (order 40): a published 30-day program
 * built from the demo coach's routines, and the two demo runners enrolled in it, one 12 days in and one 4. Everything
 * goes through the normal services, signed in as the coach and then as each runner, so the usual rules apply.
 * <p>
 * Seeders that build on these enrolments (completions, self-test results) run after this one (order above 40) and
 * find them by {@link #PROGRAM_SLUG} and the runners' emails in {@link #RUNNERS}.
 */
@Component
@Order(40)
class DemoPrograms implements ApplicationRunner {

    static final String COACH_EMAIL = "coach@limber.test";
    static final String PROGRAM_TITLE = "Back on Track: 30 Days of Mobility for Runners";
    static final String PROGRAM_SLUG = "back-on-track-30-days-of-mobility-for-runners";

    /** Demo runner → how many days ago they started (day 13 and day 5 today). */
    static final Map<String, Integer> RUNNERS = orderedMap("runner@limber.test", 12, "runner2@limber.test", 4);

    private static final String ANKLE_TEST = "Seated ankle point-and-flex test";
    private static final String SUN = "Sun salutation";
    private static final String RUNNERS_SUN = "Runner's sun salutation";
    private static final String TOES = "Post-run toe stretch";
    private static final String RELEASE = "Foot and lower-leg release";

    private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

    private final DemoMode demoMode;
    private final DemoPeople people;
    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final RoutineLookup routines;

    DemoPrograms(DemoMode demoMode, DemoPeople people, ProgramService programs,
            EnrolmentService enrolments, RoutineLookup routines) {
        this.demoMode = demoMode;
        this.people = people;
        this.programs = programs;
        this.enrolments = enrolments;
        this.routines = routines;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        Optional<SignedInPerson> coach = people.find(COACH_EMAIL);
        if (coach.isEmpty()) {
            return;
        }
        Long programId = DemoPeople.as(coach.get(), this::seedProgram);
        if (programId == null) {
            return;
        }
        RUNNERS.forEach((email, daysAgo) -> people.find(email).ifPresent(runner -> DemoPeople.as(runner, () -> {
            if (enrolments.myOpenEnrolment(programId).isEmpty()) {
                enrolments.enrol(programId, enrolments.today().minusDays(daysAgo));
            }
            return null;
        })));
        log.info("Seeded the demo program “{}” and {} demo enrolments", PROGRAM_TITLE, RUNNERS.size());
    }

    /** The program's id: created and published now, or null when the coach already has programs or lacks routines. */
    private @Nullable Long seedProgram() {
        if (programs.count(ProgramFilter.none()) > 0) {
            return null;
        }
        Map<String, Long> byTitle = routines.writtenBy(SignedInPerson.current().personId()).stream()
                .collect(Collectors.toMap(RoutineFacts::title, RoutineFacts::id, (a, b) -> a));
        if (!byTitle.keySet().containsAll(List.of(ANKLE_TEST, SUN, RUNNERS_SUN, TOES, RELEASE))) {
            log.warn("Demo program not seeded: the demo routines are missing");
            return null;
        }
        ProgramDraft draft = programs.load(programs.createDraft(PROGRAM_TITLE)).orElseThrow();
        draft.setDescription(DESCRIPTION);
        draft.setLengthDays(30);
        draft.setVisibility(app.limber.content.Visibility.PUBLIC);
        schedule().forEach((day, plan) -> draft.setDay(new DayPlan(day,
                plan.routines().stream().map(byTitle::get).toList(), plan.note(), Set.of())));
        ProgramDraft saved = programs.save(draft);
        return programs.publishNow(saved.getId(), saved.getVersion()).getId();
    }

    private record Plan(List<String> routines, String note) {
    }

    private static Plan day(String note, String... routines) {
        return new Plan(List.of(routines), note);
    }

    /** Four weeks building from the basics to the runner's sun salutation, a rest day each week, tests on 1, 15, 30. */
    private static Map<Integer, Plan> schedule() {
        Map<Integer, Plan> days = new LinkedHashMap<>();
        days.put(1, day("Start by measuring. Write down your four scores from the ankle test; you will repeat it "
                + "on day 15 and day 30.", ANKLE_TEST, SUN));
        days.put(2, day("Best straight after a run, but any time today works.", TOES));
        days.put(3, day("", RELEASE));
        days.put(4, day("Three rounds of the sun salutation, slowly. Bend your knees as much as you like.", SUN));
        days.put(5, day("", TOES, RELEASE));
        days.put(6, day("", SUN, TOES));
        days.put(7, day("Rest day. A short barefoot walk around the house is plenty.", new String[0]));
        days.put(8, day("", SUN, RELEASE));
        days.put(9, day("", TOES));
        days.put(10, day("First time with the runner's sun salutation: one slow round is enough today.",
                RUNNERS_SUN));
        days.put(11, day("", RELEASE, TOES));
        days.put(12, day("", SUN));
        days.put(13, day("Long run this week? Do this the evening after it.", RUNNERS_SUN, TOES));
        days.put(14, day("Rest. Notice how your feet feel on the stairs and in your shoes.", new String[0]));
        days.put(15, day("Halfway. Repeat the ankle test and compare your scores with day 1.", ANKLE_TEST,
                RUNNERS_SUN));
        days.put(16, day("", RELEASE));
        days.put(17, day("Two rounds of the runner's sun salutation, then the toe stretch.", RUNNERS_SUN, TOES));
        days.put(18, day("", SUN, RELEASE));
        days.put(19, day("", TOES));
        days.put(20, day("", RUNNERS_SUN));
        days.put(21, day("Rest day.", new String[0]));
        days.put(22, day("", RUNNERS_SUN, RELEASE));
        days.put(23, day("Sit a little more upright in the toe stretch than you could in week 1, if it allows.",
                TOES));
        days.put(24, day("", SUN, RUNNERS_SUN));
        days.put(25, day("", RELEASE, TOES));
        days.put(26, day("Three rounds of the runner's sun salutation.", RUNNERS_SUN));
        days.put(27, day("", SUN, TOES));
        days.put(28, day("Rest. Easy run or a walk if you feel like moving.", new String[0]));
        days.put(29, day("", RUNNERS_SUN, RELEASE));
        days.put(30, day("Last day: the ankle test once more. Compare with day 1 and day 15, then keep the "
                + "routines you liked in your week.", ANKLE_TEST, RUNNERS_SUN));
        return days;
    }

    private static final String DESCRIPTION = """
            Coming back after a break, an injury or a winter of short runs? This program gives your feet, ankles \
            and hips a little attention every day for four weeks, so the running feels easier and your body gets \
            a chance to keep up.

            ### What to expect
            - **10 to 20 minutes a day**, six days a week, with a rest day at the end of each week.
            - **Week 1** lays the foundation: the sun salutation, the post-run toe stretch and a release for the \
            feet and lower legs.
            - **Weeks 2 to 4** bring in the runner's sun salutation, with lunges and calf work for the hips, \
            hamstrings and calves.
            - **Days 1, 15 and 30** start with a short ankle test, so you can see your range change.

            ### Before you start
            You need a mat or a rug, a folded blanket, and a wall to lean on. Do each session before or after a \
            run, or on its own. Stay in the stretch and out of pain; if a day is missed, catch it up when you can. \
            The days stay open.
            """;

    private static Map<String, Integer> orderedMap(String firstKey, int firstValue, String secondKey,
            int secondValue) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(firstKey, firstValue);
        map.put(secondKey, secondValue);
        return java.util.Collections.unmodifiableMap(map);
    }
}
