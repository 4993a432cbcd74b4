package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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

/** With demo mode on, the demo coach gets a handful of published routines, once. */
@TestPropertySource(properties = "limber.demo=true")
class DemoRoutinesTest extends IntegrationTest {

    @Autowired
    DemoRoutines demoRoutines;

    @Autowired
    RoutineService routines;

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
    void theDemoCoachGetsFivePublishedRoutinesOnce() throws Exception {
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

        SecurityContextHolder.clearContext();
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
