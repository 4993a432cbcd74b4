package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void adminActsInEveryRole() {
        assertThat(Role.effective(Set.of(Role.ADMIN))).containsExactlyInAnyOrder(Role.values());
        assertThat(Role.authorities(Set.of(Role.ADMIN)))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_INSTRUCTOR", "ROLE_RUNNER");
    }

    @Test
    void otherRolesGrantOnlyThemselves() {
        assertThat(Role.authorities(Set.of(Role.RUNNER))).containsExactly("ROLE_RUNNER");
        assertThat(Role.authorities(Set.of(Role.INSTRUCTOR, Role.RUNNER)))
                .containsExactlyInAnyOrder("ROLE_INSTRUCTOR", "ROLE_RUNNER");
        assertThat(Role.authorities(EnumSet.noneOf(Role.class))).isEmpty();
    }

    @Test
    void peopleLandInTheAreaOfTheirMostCapableRole() {
        assertThat(Landing.pathFor(Set.of(Role.RUNNER))).isEqualTo("today");
        assertThat(Landing.pathFor(Set.of(Role.INSTRUCTOR))).isEqualTo("studio");
        assertThat(Landing.pathFor(Set.of(Role.INSTRUCTOR, Role.RUNNER))).isEqualTo("studio");
        assertThat(Landing.pathFor(Set.of(Role.ADMIN))).isEqualTo("admin");
        assertThat(Landing.pathFor(Set.of())).isEqualTo("");
    }

    @Test
    void emailsAreComparedWithoutCaseOrSurroundingSpace() {
        assertThat(Person.normalizeEmail("  Runner@Limber.TEST ")).isEqualTo("runner@limber.test");
    }
}
