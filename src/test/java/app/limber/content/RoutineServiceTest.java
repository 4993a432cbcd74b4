package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@Import(TestAccounts.class)
class RoutineServiceTest extends IntegrationTest {

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    SignedInPerson maya;
    SignedInPerson other;
    SignedInPerson admin;
    SignedInPerson runner;

    @BeforeEach
    void people() {
        maya = accounts.create("maya@example.test", "Maya Lindqvist", Set.of(Role.INSTRUCTOR));
        other = accounts.create(Set.of(Role.INSTRUCTOR));
        admin = accounts.create(Set.of(Role.ADMIN));
        runner = accounts.create(Set.of(Role.RUNNER));
    }

    private static StepDraft step(String name, StepDraft.Measure measure, int amount) {
        StepDraft step = new StepDraft();
        step.setName(name);
        step.setMeasure(measure);
        step.setAmount(amount);
        return step;
    }

    private RoutineDraft toeStretchBy(SignedInPerson author) {
        actAs(author);
        RoutineDraft draft = routines.load(routines.createDraft("Post-run toe stretch")).orElseThrow();
        draft.setSummary("Kneel, tuck the toes, breathe.");
        draft.setBody("Sit back **slowly**.");
        draft.setTags(Set.of("Foot mobility", "Mobility for runners"));
        draft.setSteps(List.of(
                step("Toes tucked, sit back on heels", StepDraft.Measure.BREATHS, 8),
                step("Tops of the feet down, sit back", StepDraft.Measure.SECONDS, 45)));
        return routines.save(draft);
    }

    @Test
    void savedRoutineKeepsItsStepsInOrderAndDerivesTheTotalDuration() {
        RoutineDraft saved = toeStretchBy(maya);

        RoutineDraft loaded = routines.load(saved.getId()).orElseThrow();
        assertThat(loaded.getSteps()).extracting(StepDraft::getName)
                .containsExactly("Toes tucked, sit back on heels", "Tops of the feet down, sit back");
        assertThat(loaded.totalSeconds()).isEqualTo(8 * RoutineDuration.SECONDS_PER_BREATH + 45);
        assertThat(loaded.getTags()).containsExactlyInAnyOrder("Foot mobility", "Mobility for runners");
        assertThat(loaded.getSlug()).isEqualTo("post-run-toe-stretch");
    }

    @Test
    void slugsAreUniqueFollowTheTitleWhileADraftAndNeverChangeOncePublished() {
        RoutineDraft first = toeStretchBy(maya);
        RoutineDraft second = toeStretchBy(maya);
        assertThat(second.getSlug()).isEqualTo("post-run-toe-stretch-2");

        first.setTitle("Toe stretch after a long run");
        RoutineDraft renamedDraft = routines.save(first);
        assertThat(renamedDraft.getSlug()).as("a draft nobody has seen follows its title")
                .isEqualTo("toe-stretch-after-a-long-run");

        RoutineDraft published = routines.publishNow(renamedDraft.getId(), renamedDraft.getVersion());
        published.setTitle("The long-run toe stretch");
        RoutineDraft renamedLater = routines.save(published);
        assertThat(renamedLater.getSlug()).as("published: links keep working").isEqualTo("toe-stretch-after-a-long-run");
        RoutineDraft backToDraft = routines.backToDraft(renamedLater.getId(), renamedLater.getVersion());
        backToDraft.setTitle("Yet another title");
        assertThat(routines.save(backToDraft).getSlug()).isEqualTo("toe-stretch-after-a-long-run");
    }

    @Test
    void secondSaveOfAStaleRoutineIsRejectedAndTheInputIsKept() {
        RoutineDraft saved = toeStretchBy(maya);
        RoutineDraft firstTab = routines.load(saved.getId()).orElseThrow();
        RoutineDraft secondTab = routines.load(saved.getId()).orElseThrow();

        firstTab.setSummary("First editor's words");
        routines.save(firstTab);
        secondTab.setSummary("Second editor's words");

        assertThatThrownBy(() -> routines.save(secondTab)).isInstanceOf(ChangedBySomeoneElseException.class)
                .hasMessageContaining("Someone else changed this");
        assertThat(secondTab.getSummary()).isEqualTo("Second editor's words");
        assertThat(routines.load(saved.getId()).orElseThrow().getSummary()).isEqualTo("First editor's words");
    }

    @Test
    void invalidDraftIsRefusedAndNothingIsSaved() {
        RoutineDraft saved = toeStretchBy(maya);
        RoutineDraft draft = routines.load(saved.getId()).orElseThrow();
        draft.setTitle(" ");
        draft.getSteps().getFirst().setAmount(0);

        assertThatThrownBy(() -> routines.save(draft)).isInstanceOf(ConstraintViolationException.class);
        assertThat(routines.load(saved.getId()).orElseThrow().getTitle()).isEqualTo("Post-run toe stretch");
    }

    @Test
    void instructorsChangeOnlyTheirOwnRoutinesAdminsAny() {
        RoutineDraft mine = toeStretchBy(maya);

        actAs(other);
        assertThatThrownBy(() -> routines.load(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.publishNow(mine.getId(), mine.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(routines.count(RoutineFilter.none())).isZero();

        actAs(admin);
        assertThat(routines.publishNow(mine.getId(), mine.getVersion()).getStatus())
                .isEqualTo(PublishingStatus.PUBLISHED);
        assertThat(routines.count(RoutineFilter.none())).isEqualTo(1);
    }

    @Test
    void runnersCannotUseTheStudio() {
        actAs(runner);
        assertThatThrownBy(() -> routines.createDraft("Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.count(RoutineFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyLiveRoutinesAreVisibleToReadersAndMembersOnlyNeedsASignIn() {
        RoutineDraft draft = toeStretchBy(maya);
        assertThat(routines.findLive(draft.getSlug(), false)).isEmpty();

        RoutineDraft published = routines.publishNow(draft.getId(), draft.getVersion());
        assertThat(routines.findLive(draft.getSlug(), false)).hasValueSatisfying(page -> {
            assertThat(page.title()).isEqualTo("Post-run toe stretch");
            assertThat(page.authorName()).isEqualTo("Maya Lindqvist");
            assertThat(page.bodyHtml()).contains("<strong>slowly</strong>");
        });

        RoutineDraft membersOnly = routines.load(published.getId()).orElseThrow();
        membersOnly.setVisibility(Visibility.MEMBERS);
        RoutineDraft saved = routines.save(membersOnly);
        assertThat(routines.findLive(draft.getSlug(), false)).isEmpty();
        assertThat(routines.findLive(draft.getSlug(), true)).isPresent();

        routines.archive(saved.getId(), saved.getVersion());
        assertThat(routines.findLive(draft.getSlug(), true)).isEmpty();
    }

    @Test
    void scheduledRoutineCannotBeScheduledInThePast() {
        RoutineDraft draft = toeStretchBy(maya);
        assertThatThrownBy(() -> routines.schedule(draft.getId(), draft.getVersion(),
                clock.instant().minus(Duration.ofMinutes(1)))).isInstanceOf(IllegalArgumentException.class);
        RoutineDraft scheduled = routines.schedule(draft.getId(), draft.getVersion(),
                clock.instant().plus(Duration.ofDays(1)));
        assertThat(scheduled.getStatus()).isEqualTo(PublishingStatus.SCHEDULED);
        assertThat(routines.findLive(draft.getSlug(), true)).as("not before its time").isEmpty();
    }

    @Test
    void listIsFilteredAndSortedInTheDatabase() {
        toeStretchBy(maya);
        RoutineDraft ankle = routines.load(routines.createDraft("Seated ankle point and flex")).orElseThrow();
        routines.publishNow(ankle.getId(), ankle.getVersion());

        assertThat(routines.list(new RoutineFilter("ANKLE", null), PageRequest.of(0, 10)))
                .extracting(RoutineSummary::title).containsExactly("Seated ankle point and flex");
        assertThat(routines.list(new RoutineFilter("", PublishingStatus.DRAFT), PageRequest.of(0, 10)))
                .extracting(RoutineSummary::title).containsExactly("Post-run toe stretch");
        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 10, Sort.by("title"))))
                .extracting(RoutineSummary::title).containsExactly("Post-run toe stretch", "Seated ankle point and flex");
        assertThat(routines.list(new RoutineFilter("100%_", null), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aPageOfTheStudioListIsOneQueryPlusOneCount() {
        for (int i = 0; i < 12; i++) {
            toeStretchBy(maya);
        }
        actAs(maya);
        long statements = statementsDuring(() -> {
            assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 50))).hasSize(12);
            assertThat(routines.count(RoutineFilter.none())).isEqualTo(12);
        });
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void aPublicRoutinePageLoadsInAFixedNumberOfQueries() {
        RoutineDraft draft = toeStretchBy(maya);
        routines.publishNow(draft.getId(), draft.getVersion());
        long statements = statementsDuring(() -> assertThat(routines.findLive(draft.getSlug(), false)).isPresent());
        // routine with steps, its tags, the author's name
        assertThat(statements).isLessThanOrEqualTo(3);
    }

    @Test
    void scheduledRoutineGoesLiveByItselfAtItsTime() {
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        clock.set(nine.minus(Duration.ofHours(2)));
        RoutineDraft draft = toeStretchBy(maya);
        routines.schedule(draft.getId(), draft.getVersion(), nine);

        clock.set(nine.minusSeconds(1));
        assertThat(routines.findLive(draft.getSlug(), false)).as("a second early").isEmpty();

        clock.set(nine);
        assertThat(routines.findLive(draft.getSlug(), false)).as("on the minute").isPresent();
        assertThat(routines.list(new RoutineFilter("", PublishingStatus.SCHEDULED), PageRequest.of(0, 5)))
                .extracting(RoutineSummary::publishAt).containsExactly(nine);
    }

    @Test
    void listCanBeNarrowedToATag() {
        toeStretchBy(maya);
        RoutineDraft ankle = routines.load(routines.createDraft("Seated ankle point and flex")).orElseThrow();
        ankle.setTags(Set.of("Ankle mobility"));
        routines.save(ankle);

        assertThat(routines.list(new RoutineFilter("", null, "ankle-mobility"), PageRequest.of(0, 10)))
                .extracting(RoutineSummary::title).containsExactly("Seated ankle point and flex");
        assertThat(routines.count(new RoutineFilter("", null, "foot-mobility"))).isEqualTo(1);
        assertThat(routines.allTags()).extracting(tag -> tag.slug())
                .contains("ankle-mobility", "foot-mobility", "mobility-for-runners");
    }
}
