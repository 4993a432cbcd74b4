package app.limber.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seeds three published articles for the demo coach once, when demo mode is on, after the demo routines (which they
 * link to by title). Goes through the normal service as the coach; leaves a coach who already has articles alone.
 */
@Component
@Order(30)
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    private record DemoArticle(String title, List<String> tags, String excerpt, String body,
            List<String> routineTitles) {
    }

    /** Which demo clip each demo article shows. */
    private static final Map<String, String> CLIPS = Map.of(
            "Your big toe starts every stride", DemoVideos.TOE_STRETCH,
            "Ankles that land soft", DemoVideos.POINT_AND_FLEX);

    private final DemoCoach coach;
    private final ArticleService articles;
    private final RoutineService routines;
    private final VideoService videos;

    DemoArticles(DemoCoach coach, ArticleService articles, RoutineService routines, VideoService videos) {
        this.coach = coach;
        this.articles = articles;
        this.routines = routines;
        this.videos = videos;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        coach.seed(() -> {
            if (articles.count(ArticleFilter.none()) > 0) {
                return;
            }
            Map<String, Long> routineIds = routines.list(RoutineFilter.none(), PageRequest.of(0, 100)).stream()
                    .collect(Collectors.toMap(RoutineSummary::title, RoutineSummary::id, (first, second) -> first));
            List<DemoArticle> demo = List.of(bigToe(), softLanding(), wholeBody());
            Map<String, Long> videoIds = videos.list("", PageRequest.of(0, 100)).stream()
                    .collect(Collectors.toMap(VideoSummary::title, VideoSummary::id, (first, second) -> first));
            demo.forEach(article -> publish(withClip(article, videoIds), routineIds));
            log.info("Seeded {} demo articles for {}", demo.size(), DemoRoutines.COACH_EMAIL);
        });
    }


    /** Places the demo clip that fits the article after its first paragraph. */
    private static DemoArticle withClip(DemoArticle article, Map<String, Long> videoIds) {
        String clipTitle = CLIPS.get(article.title());
        Long videoId = clipTitle == null ? null : videoIds.get(clipTitle);
        if (videoId == null) {
            return article;
        }
        String body = article.body().replaceFirst("\n\n", "\n\n" + VideoEmbeds.placeholder(videoId) + "\n\n");
        return new DemoArticle(article.title(), article.tags(), article.excerpt(), body, article.routineTitles());
    }

    private void publish(DemoArticle article, Map<String, Long> routineIds) {
        ArticleDraft draft = articles.load(articles.createDraft(article.title())).orElseThrow();
        draft.setTags(new LinkedHashSet<>(article.tags()));
        draft.setExcerpt(article.excerpt());
        draft.setBody(article.body());
        draft.setRoutines(article.routineTitles().stream().filter(routineIds::containsKey)
                .map(title -> new ArticleDraft.LinkedRoutine(routineIds.get(title), title)).toList());
        ArticleDraft saved = articles.save(draft);
        articles.publishNow(saved.getId(), saved.getVersion());
    }

    private static DemoArticle bigToe() {
        return new DemoArticle("Your big toe starts every stride",
                List.of("foot mobility", "natural running form"),
                "Before you push off, your big toe has to bend back. If it can't, your calf, knee and hip pay for "
                        + "it. Here is what to notice and two routines that help.",
                """
                Watch a runner from the side and look at the back foot just before it leaves the ground. The heel \
                is up, the foot is bending at the ball, and the big toe is extended, pointing up while it stays \
                pressed into the ground. That extension is what lets the foot act as a lever for the push-off.

                When the big toe is stiff, the foot rolls off the outside edge or lifts early, and the work moves \
                up the chain: the calf grips, the knee turns in, the hip compensates. None of this hurts at first; \
                it just makes each stride a little less efficient, thousands of times a run.

                ## What to notice
                - Stand barefoot and lift your heels slowly. Does the weight stay over the big toe, or drift outward?
                - Kneel with your toes tucked under. Is it easy to sit back, or do your toes complain after a few breaths?

                ## What helps
                Daily, gentle range works better than an occasional hard stretch. The two routines below take the \
                toes into extension and then the other way, into flexion, so the whole foot gets its full range back.
                """,
                List.of("Post-run toe stretch", "Foot and lower-leg release"));
    }

    private static DemoArticle softLanding() {
        return new DemoArticle("Ankles that land soft",
                List.of("ankle mobility", "mobility for runners"),
                "Landing asks your ankle to bend so the shin can move forward over the foot. A two-minute seated "
                        + "check shows you how much room you have, and doing it daily is the practice.",
                """
                A good landing is quieter than you think. The mid-foot meets the ground, the heel lowers, and the \
                shin travels forward over the foot as the ankle bends (dorsiflexion). At push-off the ankle points \
                the other way (plantar flexion). Runners who are short in either direction tend to land heavier \
                and push off less.

                ## A check you can do today
                Sit with your legs long. Point your toes away from you, then pull them back toward your shins. \
                Notice how far each foot goes in each direction, and give it a stiffness score from 0 to 10. \
                Write the numbers down.

                Do the same thing tomorrow, and the day after. The test is also the exercise: moving through the \
                full range every day is what changes it. After a few weeks, compare your notes.

                ## Add the sun salutation
                A slow sun salutation takes the toes, feet and ankles through their whole range, and the rest of \
                you with them. It makes a good start to an easy-run day.
                """,
                List.of("Seated ankle point-and-flex test", "Sun salutation"));
    }

    private static DemoArticle wholeBody() {
        return new DemoArticle("Don't just stretch the sore spot",
                List.of("mobility for runners", "sun salutations", "natural running form"),
                "A tight calf is rarely only about the calf. Why a runner's mobility practice should move the feet, "
                        + "ankles, hips and hamstrings together, and how to fit it into a running week.",
                """
                It is tempting to stretch whatever feels tight after a run and stop there. But the body works as a \
                chain: stiff toes change how the ankle loads, the ankle changes the knee, and the hips decide how \
                much of that reaches your lower back.

                ## A balanced week
                - **Every day:** a few minutes of foot and ankle work, such as the seated point-and-flex check.
                - **After runs:** the post-run toe stretch, kneeling with a folded blanket if your knees need it.
                - **Two or three times a week:** a longer runner's sun salutation for hips, hamstrings and calves.

                Mix mobility, strength and flexibility rather than chasing one of them. The goal is not to become \
                a contortionist; it is to run with a stride that uses the range you have, and to get injured less.
                """,
                List.of("Runner's sun salutation", "Sun salutation", "Post-run toe stretch"));
    }
}
