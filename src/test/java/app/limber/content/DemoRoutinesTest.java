package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import app.limber.IntegrationTest;
import app.limber.account.SignedInPerson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** With demo mode on, the demo coach gets a handful of published routines and two demo clips, once. */
@TestPropertySource(properties = "limber.demo=true")
class DemoRoutinesTest extends IntegrationTest {

    @Autowired
    DemoRoutines demoRoutines;

    @Autowired
    RoutineService routines;

    @Autowired
    VideoService videos;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    /** The demo accounts' runner is package-private in another package, so it is run through the context. */
    private void seedDemoAccounts() throws Exception {
        context.getBean("demoAccounts", ApplicationRunner.class).run(null);
    }

    private SignedInPerson demoPerson(String email) {
        return (SignedInPerson) userDetails.loadUserByUsername(email);
    }

    private long routinesInTheDatabase() {
        Long count = jdbc.queryForObject("select count(*) from routines", Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void theDemoCoachGetsFivePublishedRoutinesAndTwoClipsOnce() throws Exception {
        seedDemoAccounts();
        demoRoutines.run(null);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("no caller left behind").isNull();

        actAs(demoPerson(DemoRoutines.COACH_EMAIL));
        assertThat(routines.count(RoutineFilter.none())).isEqualTo(5);
        List<RoutineSummary> seeded = routines.list(RoutineFilter.none(), PageRequest.of(0, 20));
        assertThat(seeded).extracting(RoutineSummary::title).containsExactlyInAnyOrder(
                "Seated ankle point-and-flex test", "Sun salutation", "Runner's sun salutation",
                "Post-run toe stretch", "Foot and lower-leg release");
        assertThat(seeded).extracting(RoutineSummary::status).containsOnly(PublishingStatus.PUBLISHED);
        assertThat(seeded).allSatisfy(summary -> assertThat(summary.totalSeconds()).isPositive());

        List<RoutineDraft> drafts = seeded.stream().map(summary -> routines.load(summary.id()).orElseThrow()).toList();
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.getSummary()).isNotBlank();
            assertThat(draft.getBody()).isNotBlank();
            assertThat(draft.getTags()).isNotEmpty();
            assertThat(draft.getSteps()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(step -> assertThat(step.getCue()).isNotBlank());
        });
        assertThat(drafts).filteredOn(draft -> draft.getVisibility() == Visibility.MEMBERS).hasSize(1);
        assertThat(drafts).flatExtracting(RoutineDraft::getSteps).extracting(StepDraft::getMeasure)
                .contains(StepDraft.Measure.SECONDS, StepDraft.Measure.BREATHS);
        assertThat(drafts).flatExtracting(RoutineDraft::getSteps).extracting(StepDraft::getSide)
                .contains(Side.LEFT, Side.RIGHT);

        assertThat(videos.list("", PageRequest.of(0, 10))).extracting(VideoSummary::title)
                .containsExactlyInAnyOrder(DemoVideos.POINT_AND_FLEX, DemoVideos.TOE_STRETCH);
        assertThat(videos.list("", PageRequest.of(0, 10))).allSatisfy(video -> {
            assertThat(video.durationSeconds()).isPositive();
            assertThat(videos.load(video.id()).orElseThrow().hasPoster()).isTrue();
        });
        RoutineDraft ankle = drafts.stream().filter(d -> d.getTitle().equals("Seated ankle point-and-flex test"))
                .findFirst().orElseThrow();
        RoutineDraft toes = drafts.stream().filter(d -> d.getTitle().equals("Post-run toe stretch"))
                .findFirst().orElseThrow();
        assertThat(ankle.getSteps()).filteredOn(step -> step.getVideoId() != null)
                .extracting(StepDraft::getName, StepDraft::getVideoTitle, StepDraft::getVideoStart, StepDraft::getVideoEnd)
                .containsExactly(tuple("Point and flex, right foot", DemoVideos.POINT_AND_FLEX, 0, 4),
                        tuple("Point and flex, left foot", DemoVideos.POINT_AND_FLEX, 4, 8));
        assertThat(toes.getSteps()).filteredOn(step -> step.getVideoId() != null)
                .extracting(StepDraft::getName, StepDraft::getVideoTitle)
                .containsExactly(tuple("Sit back with toes tucked", DemoVideos.TOE_STRETCH),
                        tuple("Sit back on the tops of the feet", DemoVideos.TOE_STRETCH));

        SecurityContextHolder.clearContext();
        assertThat(routines.findLive(ankle.getSlug(), false).orElseThrow().steps())
                .filteredOn(step -> step.clip() != null).hasSize(2).extracting(step -> step.clip().sourceUrl())
                .allSatisfy(url -> assertThat(url).matches("/media/videos/\\d+#t=\\d,\\d"));
        for (RoutineDraft draft : drafts) {
            if (draft.getVisibility() == Visibility.PUBLIC) {
                assertThat(routines.findLive(draft.getSlug(), false)).as(draft.getTitle()).isPresent();
            } else {
                assertThat(routines.findLive(draft.getSlug(), false)).as(draft.getTitle()).isEmpty();
                assertThat(routines.findLive(draft.getSlug(), true)).as(draft.getTitle()).isPresent();
            }
        }

        SignedInPerson runner = demoPerson("runner@limber.test");
        actAs(runner);
        demoRoutines.run(null);
        assertThat(routinesInTheDatabase()).as("nothing new the second time").isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from videos", Long.class)).as("no second clips").isEqualTo(2);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .as("the caller is restored").isEqualTo(runner);
    }

    @Test
    void withoutTheDemoCoachNothingIsSeeded() {
        assertThatCode(() -> demoRoutines.run(null)).doesNotThrowAnyException();

        assertThat(routinesInTheDatabase()).isZero();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
