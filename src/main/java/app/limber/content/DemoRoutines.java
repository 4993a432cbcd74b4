package app.limber.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo instructor's routines (and the {@link DemoVideos} two of them use) once, when demo mode is on: runs after the demo accounts exist, acts as the
 * demo coach through the normal service (so the usual checks apply), and leaves a coach who already has routines alone.
 * Not transactional on purpose: each service call commits on its own.
 */
@Component
@Order(20)
class DemoRoutines implements ApplicationRunner {

    static final String COACH_EMAIL = DemoCoach.EMAIL;

    private static final Logger log = LoggerFactory.getLogger(DemoRoutines.class);

    private record DemoRoutine(String title, Level level, Visibility visibility, List<String> tags, String summary,
            String body, List<StepDraft> steps) {
    }

    private final DemoCoach coach;
    private final RoutineService routines;
    private final DemoVideos demoVideos;

    DemoRoutines(DemoCoach coach, RoutineService routines, DemoVideos demoVideos) {
        this.coach = coach;
        this.routines = routines;
        this.demoVideos = demoVideos;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        coach.seed(() -> {
            if (routines.count(RoutineFilter.none()) > 0) {
                return;
            }
            List<DemoRoutine> demo = List.of(ankleTest(), sunSalutation(), runnersSunSalutation(), postRunToeStretch(),
                    footAndLowerLegRelease());
            Map<String, DemoVideos.Clip> clips = demoVideos.upload();
            demo.forEach(routine -> publish(routine, clips));
            log.info("Seeded {} demo routines for {}", demo.size(), COACH_EMAIL);
        });
    }

    /** The demo coach, if the account exists and may write routines. */

    private void publish(DemoRoutine routine, Map<String, DemoVideos.Clip> clips) {
        RoutineDraft draft = routines.load(routines.createDraft(routine.title())).orElseThrow();
        draft.setLevel(routine.level());
        draft.setVisibility(routine.visibility());
        draft.setTags(new LinkedHashSet<>(routine.tags()));
        draft.setSummary(routine.summary());
        draft.setBody(routine.body());
        draft.setSteps(routine.steps());
        DemoVideos.attach(draft.getSteps(), clips);
        RoutineDraft saved = routines.save(draft);
        routines.publishNow(saved.getId(), saved.getVersion());
    }

    private static DemoRoutine ankleTest() {
        return new DemoRoutine("Seated ankle point-and-flex test", Level.BEGINNER, Visibility.PUBLIC,
                List.of("ankle mobility", "foot mobility", "mobility for runners"),
                "A few quiet minutes on the floor to see how far your ankles point and flex. Note the range each way "
                        + "and on each side; repeat it every day and the test becomes the exercise.",
                """
                Every stride asks two things of your ankles. On landing the ankle bends so the shin can travel \
                forward over the foot (dorsiflexion): the mid-foot meets the ground first and the heel lowers. \
                At push-off the foot points away from you (plantar flexion). If either direction is short, the \
                rest of your stride has to make up for it.

                ### How to use it
                - Sit on the floor with your legs long, or on a chair with your heels on the floor in front of you.
                - Move slowly and never bounce. You are measuring your range, not forcing it.
                - Give each direction a stiffness score from 0 (moves freely) to 10 (very stiff) and write it down.

                Repeat the test once a day, ideally at the same time. Moving through the full range each day is \
                the exercise, and your notes will show you the change over a few weeks.
                """,
                List.of(
                        seconds("Sit tall", 30, Side.BOTH,
                                "Sit with both legs straight in front of you, or on a chair with your heels on the "
                                        + "floor. Lengthen through the spine and let your feet go soft. Notice how "
                                        + "your feet and ankles feel today before you move them."),
                        seconds("Point and flex, right foot", 45, Side.RIGHT,
                                "Slowly point the right foot away from you, toes reaching long, then pull it back "
                                        + "toward your shin. Keep the knee still so the movement comes from the "
                                        + "ankle. Notice where the foot stops in each direction."),
                        seconds("Point and flex, left foot", 45, Side.LEFT,
                                "Same on the left: point away, pull back, slowly and without bouncing. Does this "
                                        + "side travel as far as the right, or does one direction stop earlier?"),
                        breaths("Hold the point", 5, Side.BOTH,
                                "Point both feet and stay at the end of the range. Let the toes lengthen without "
                                        + "curling or cramping. Feel the stretch along the tops of the feet and "
                                        + "the front of the ankles, and keep breathing slowly."),
                        breaths("Hold the flex", 5, Side.BOTH,
                                "Pull both feet toward you, toes toward the shins, heels pressing away. Feel the "
                                        + "stretch in the calves and behind the ankles. Is this direction shorter "
                                        + "than the point?"),
                        seconds("Score and note", 30, Side.BOTH,
                                "Give the point and the flex on each side a score from 0 to 10 and write the four "
                                        + "numbers down. One day's score means little; the trend over weeks is "
                                        + "what counts.")));
    }

    private static DemoRoutine sunSalutation() {
        return new DemoRoutine("Sun salutation", Level.BEGINNER, Visibility.PUBLIC,
                List.of("sun salutations", "foot mobility", "ankle mobility"),
                "The classic flowing sequence, one movement per breath. Every round takes your toes, feet and ankles "
                        + "through their full range: toes tucked in plank and downward dog, tops of the feet long "
                        + "in cobra.",
                """
                The sun salutation links a handful of familiar poses into one flow, with each movement riding an \
                inhale or an exhale. For runners it does more than warm you up: in every round the toes bend \
                fully under you in plank and downward dog, the feet lie long on the mat in cobra, and the ankles \
                bend as the heels reach toward the floor.

                ### How to practise
                - Move with your breath, and stay for the breaths given where the flow pauses.
                - Bend your knees in the forward fold as much as you like; a long back matters more than straight legs.
                - Lower your knees to the mat in plank whenever you need to.

                Go through one round slowly to learn it, then repeat it two to four more times at your own pace.
                """,
                List.of(
                        breaths("Mountain pose", 3, Side.BOTH,
                                "Stand with your feet hip-width apart, weight spread between the heel, the base of "
                                        + "the big toe and the base of the little toe. Spread your toes and let them "
                                        + "rest long on the mat. Arms by your sides, breathe slowly."),
                        breaths("Reach up and fold forward", 2, Side.BOTH,
                                "Inhale and sweep your arms up overhead. Exhale, hinge at the hips and fold "
                                        + "forward, bending the knees as much as you need to keep the back long. "
                                        + "Let your head hang."),
                        breaths("Plank and lower", 2, Side.BOTH,
                                "Hands flat beside your feet, step back into plank with the toes tucked under and "
                                        + "the heels pressing back. Exhale and lower halfway, elbows close to the "
                                        + "ribs, or bring the knees down first and lower from there."),
                        breaths("Cobra", 2, Side.BOTH,
                                "Untuck the toes so the tops of the feet lie flat on the mat. Inhale and lift the "
                                        + "chest, shoulders away from the ears, elbows soft. Press the tops of the "
                                        + "feet gently into the floor."),
                        breaths("Downward-facing dog", 5, Side.BOTH,
                                "Tuck the toes again and lift the hips up and back. Let the heels reach toward the "
                                        + "floor without forcing them down; bend the knees if the back rounds. "
                                        + "Spread the fingers and breathe into the back of the legs."),
                        breaths("Step forward and rise", 3, Side.BOTH,
                                "Walk or step your feet to your hands and fold. Inhale and rise with a long back, "
                                        + "arms overhead. Exhale, hands down by your sides, back in mountain pose, "
                                        + "ready for the next round.")));
    }

    private static DemoRoutine runnersSunSalutation() {
        return new DemoRoutine("Runner's sun salutation", Level.INTERMEDIATE, Visibility.MEMBERS,
                List.of("sun salutations", "mobility for runners", "ankle mobility", "foot mobility"),
                "A longer sun salutation for runners. It keeps the toes, feet and ankles moving through their full "
                        + "range and adds lunges and holds for the hips, hamstrings and calves. One round covers "
                        + "both sides.",
                """
                This variant keeps the shape of the classic sun salutation and slows it down where runners need it \
                most. Low lunges open the front of the hips, a half split lengthens the back of the front leg, and \
                pedalling the feet in downward dog works each calf in turn.

                ### Before you start
                - Keep a folded blanket nearby for the back knee in the lunges.
                - Bend your knees whenever the back of the legs pulls; you want a long spine, not straight legs.
                - Stay in the stretch, out of pain. If a hold feels sharp rather than stretchy, ease off.

                One round takes about three minutes and works both sides. Two or three rounds make a complete \
                session on a rest day.
                """,
                List.of(
                        breaths("Mountain pose, wake up the feet", 3, Side.BOTH,
                                "Stand tall with your feet hip-width apart. Lift all ten toes, spread them, and set "
                                        + "them down one by one. Feel the weight spread evenly between the heels and "
                                        + "the balls of the feet."),
                        breaths("Reach up and fold", 3, Side.BOTH,
                                "Inhale, arms overhead. Exhale and fold forward with soft knees. Stay here and let "
                                        + "the legs straighten slowly, only as far as the back of the legs allows. "
                                        + "Let the head and arms hang heavy."),
                        breaths("Low lunge and half split, left foot forward", 6, Side.LEFT,
                                "Step the right foot far back and lower the right knee, toes tucked. For three "
                                        + "breaths sink the hips forward and feel the front of the right hip open. "
                                        + "Then shift the hips back over the right knee, straighten the left leg and "
                                        + "flex the left foot for three breaths."),
                        breaths("Plank, cobra, downward dog", 3, Side.BOTH,
                                "Step the left foot back to plank and lower with control, knees down if you like. "
                                        + "Untuck the toes and lift into cobra with the tops of the feet long. Then "
                                        + "tuck the toes and press the hips up and back into downward dog."),
                        breaths("Downward dog, pedal the calves", 8, Side.BOTH,
                                "Bend the left knee and press the right heel toward the floor, then switch, one "
                                        + "breath per side. Move slowly and feel the stretch travel from the calf "
                                        + "down to the heel. Finish with both heels reaching down together."),
                        breaths("Low lunge and half split, right foot forward", 6, Side.RIGHT,
                                "Step the right foot forward between your hands and lower the left knee, toes "
                                        + "tucked. Three breaths sinking the hips forward to open the front of the "
                                        + "left hip, then three breaths shifting back with the right leg straight "
                                        + "and the right foot flexed."),
                        breaths("Step forward and stand", 3, Side.BOTH,
                                "Step the back foot forward to meet the front one and fold. Inhale and rise with a "
                                        + "long back, arms overhead, then lower the arms. Stand in mountain pose and "
                                        + "notice your feet before the next round.")));
    }

    private static DemoRoutine postRunToeStretch() {
        return new DemoRoutine("Post-run toe stretch", Level.BEGINNER, Visibility.PUBLIC,
                List.of("foot mobility", "mobility for runners", "natural running form"),
                "A few minutes on your knees after a run: toes tucked under to bend them back, then the tops of the "
                        + "feet down to lengthen them. Lean forward whenever you need less load, and keep breathing.",
                """
                Your toes push you off the ground thousands of times on a run, and most of the day they sit still \
                inside a shoe. This stretch takes them both ways: first the toes bend back under you, the same \
                movement your big toe makes at push-off; then the tops of the feet and the front of the ankles \
                lengthen as you sit back on them.

                - Go in slowly and use your hands to decide how much weight your feet take.
                - Leaning forward is always allowed. You want a strong stretch, never pain.
                - A folded blanket under your knees or ankles makes the whole routine kinder.

                Do it after each run, or on any evening your feet feel stiff, and notice how sitting back with \
                the toes tucked changes over the weeks.
                """,
                List.of(
                        seconds("Kneel and tuck the toes", 20, Side.BOTH,
                                "Kneel with your knees hip-width apart and tuck all ten toes under, little toes "
                                        + "included, so the balls of the feet are on the mat and the heels point "
                                        + "up. Put a folded blanket under your knees if they complain."),
                        breaths("Sit back with toes tucked", 8, Side.BOTH,
                                "With your hands on the floor in front of you, slowly sit back toward your heels. "
                                        + "Feel the stretch under the toes and along the soles. Too much? Lean "
                                        + "forward and take weight into your hands; sit more upright as the feet "
                                        + "soften. Breathe slowly."),
                        seconds("Come forward and release", 15, Side.BOTH,
                                "Lean forward onto your hands, untuck the toes and let the feet rest. Wiggle them "
                                        + "or give them a gentle shake."),
                        breaths("Sit back on the tops of the feet", 8, Side.BOTH,
                                "Lay the tops of your feet flat on the mat, toes pointing straight back, and sit "
                                        + "back on your heels. Now the fronts of the ankles and the tops of the "
                                        + "feet stretch. If the ankles feel pinched, slide a folded blanket under "
                                        + "them."),
                        seconds("Sit and notice", 20, Side.BOTH,
                                "Come to sitting with the legs long and circle your ankles a few times each way. "
                                        + "When you stand up, notice how your feet meet the floor.")));
    }

    private static DemoRoutine footAndLowerLegRelease() {
        return new DemoRoutine("Foot and lower-leg release", Level.BEGINNER, Visibility.PUBLIC,
                List.of("foot mobility", "ankle mobility", "mobility for runners", "natural running form"),
                "From the ground up: toes, feet, ankles and calves, with left and right done separately so you can "
                        + "feel the difference. Barefoot, about five minutes, on a rest day or after an easy run.",
                """
                Your feet and lower legs meet the ground on every stride, and what happens there shapes the rest \
                of it. A big toe that will not bend back, or an ankle that will not flex, changes how you land \
                and push off, and the whole stride pays for it. This routine works from the ground up: toes, \
                then feet, then ankles, then calves.

                ### Keep the whole body in view
                This is one piece, not the whole picture. Feet and ankles move better when the rest of the body \
                is looked after too, so pair this routine with mobility, strength and flexibility work for the \
                hips, the trunk and the rest of the legs rather than repeating it on its own.

                Do it barefoot, with a wall within reach for balance.
                """,
                List.of(
                        seconds("Toe spread and lift", 45, Side.BOTH,
                                "Standing with feet flat, spread your toes as wide as you can, then relax. Next, "
                                        + "lift only the big toes while the others stay down, then press the big "
                                        + "toes down and lift the other four. Slow and patient: it is coordination "
                                        + "as much as stretch."),
                        breaths("Big toe bend, right foot", 6, Side.RIGHT,
                                "With a hand on the wall, step the right foot a little behind you and lift the "
                                        + "heel, keeping the ball of the foot and the toes on the floor so the big "
                                        + "toe bends back. Let your weight settle gently over the big toe joint. "
                                        + "This is the bend your toe makes as you push off."),
                        breaths("Big toe bend, left foot", 6, Side.LEFT,
                                "Same on the left: heel up, toes on the floor, the big toe bending back under a "
                                        + "little of your weight. Compare it with the right side."),
                        seconds("Ankle circles", 60, Side.BOTH,
                                "Sit down, lift one foot and draw slow, large circles with your toes, five each "
                                        + "way, then switch feet. Make the circle as big as you can without moving "
                                        + "the knee."),
                        breaths("Calf stretch at the wall, right leg back", 8, Side.RIGHT,
                                "Hands on the wall, step the right foot back with the heel down and the toes "
                                        + "pointing forward. Four breaths with the back knee straight, then four "
                                        + "with it slightly bent, heel still down, to move the stretch lower "
                                        + "toward the ankle."),
                        breaths("Calf stretch at the wall, left leg back", 8, Side.LEFT,
                                "Same with the left leg back: four breaths with the knee straight, four with it "
                                        + "slightly bent. Keep the heel down and the hips square to the wall."),
                        seconds("Walk it off", 30, Side.BOTH,
                                "Walk slowly around the room. Feel the mid-foot meet the floor, the heel lower, "
                                        + "and the big toe push you into the next step. Notice whether the push-off "
                                        + "feels any different.")));
    }

    private static StepDraft seconds(String name, int seconds, Side side, String cue) {
        return step(name, StepDraft.Measure.SECONDS, seconds, side, cue);
    }

    private static StepDraft breaths(String name, int breaths, Side side, String cue) {
        return step(name, StepDraft.Measure.BREATHS, breaths, side, cue);
    }

    private static StepDraft step(String name, StepDraft.Measure measure, int amount, Side side, String cue) {
        StepDraft step = new StepDraft();
        step.setName(name);
        step.setCue(cue);
        step.setMeasure(measure);
        step.setAmount(amount);
        step.setSide(side);
        return step;
    }
}
