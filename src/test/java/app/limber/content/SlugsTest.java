package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titlesBecomeReadableAddresses() {
        assertThat(Slugs.of("Runner's Sun Salutation")).isEqualTo("runners-sun-salutation");
        assertThat(Slugs.of("Runner’s sun salutation")).isEqualTo("runners-sun-salutation");
        assertThat(Slugs.of("  Post-run toe stretch!  ")).isEqualTo("post-run-toe-stretch");
        assertThat(Slugs.of("Fußgelenk: Ängste lösen")).isEqualTo("fussgelenk-angste-losen");
        assertThat(Slugs.of("<script>")).isEqualTo("script");
        assertThat(Slugs.of("!!!")).isEqualTo("untitled");
        assertThat(Slugs.of("a".repeat(300))).hasSize(Slugs.MAX);
    }
}
