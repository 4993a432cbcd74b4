package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    private static boolean demoWith(String url, String demo) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        if (demo != null) {
            environment.setProperty("limber.demo", demo);
        }
        return new DemoMode(environment).isEnabled();
    }

    @Test
    void embeddedDefaultDatabaseGetsDemoContent() {
        assertThat(demoWith("jdbc:h2:file:./data/limber", null)).isTrue();
        assertThat(demoWith("jdbc:h2:file:./data/limber", "")).isTrue();
    }

    @Test
    void postgresGetsNoDemoContentUnlessAskedFor() {
        assertThat(demoWith("jdbc:postgresql://db:5432/limber", null)).isFalse();
        assertThat(demoWith("jdbc:postgresql://db:5432/limber", "")).isFalse();
        assertThat(demoWith("jdbc:postgresql://db:5432/limber", "true")).isTrue();
    }

    @Test
    void anExplicitNoWinsOnTheEmbeddedDatabaseToo() {
        assertThat(demoWith("jdbc:h2:mem:x", "false")).isFalse();
    }
}
