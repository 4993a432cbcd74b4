package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The rules every studio list shares, seen through the routine list. */
@Import(TestAccounts.class)
class StudioListQueryTest extends IntegrationTest {

    @Autowired
    RoutineService routines;

    @Autowired
    TestAccounts accounts;

    private void routinesBy(SignedInPerson author, String... titles) {
        actAs(author);
        for (String title : titles) {
            routines.createDraft(title);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void unknownSortKeysAreIgnoredAndTheNewestChangeComesFirst() {
        SignedInPerson maya = accounts.create(Set.of(Role.INSTRUCTOR));
        routinesBy(maya, "Calf stretch", "Ankle circles", "Hip opener");

        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 10, Sort.by("authorId"))))
                .extracting(RoutineSummary::title).containsExactly("Hip opener", "Ankle circles", "Calf stretch");
        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "title"))))
                .extracting(RoutineSummary::title).containsExactly("Hip opener", "Calf stretch", "Ankle circles");
    }

    @Test
    void pagesFollowOnWithoutOverlapAndTheCountIsTheWholeList() {
        SignedInPerson maya = accounts.create(Set.of(Role.INSTRUCTOR));
        routinesBy(maya, "A", "B", "C", "D", "E");

        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 2, Sort.by("title"))))
                .extracting(RoutineSummary::title).containsExactly("A", "B");
        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(2, 2, Sort.by("title"))))
                .extracting(RoutineSummary::title).containsExactly("E");
        assertThat(routines.count(RoutineFilter.none())).isEqualTo(5);
    }

    @Test
    void instructorsListOnlyTheirOwnWhileAdminsListEveryone() {
        SignedInPerson maya = accounts.create(Set.of(Role.INSTRUCTOR));
        SignedInPerson other = accounts.create(Set.of(Role.INSTRUCTOR));
        routinesBy(maya, "Maya's calf stretch");
        routinesBy(other, "Other's hip opener");

        actAs(maya);
        assertThat(routines.list(RoutineFilter.none(), PageRequest.of(0, 10)))
                .extracting(RoutineSummary::title).containsExactly("Maya's calf stretch");
        assertThat(routines.count(new RoutineFilter("hip", null))).isZero();

        actAs(accounts.create(Set.of(Role.ADMIN)));
        assertThat(routines.count(RoutineFilter.none())).isEqualTo(2);
        assertThat(routines.list(new RoutineFilter("HIP", null), PageRequest.of(0, 10)))
                .extracting(RoutineSummary::title).containsExactly("Other's hip opener");
    }
}
