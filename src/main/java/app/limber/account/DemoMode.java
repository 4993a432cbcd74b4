package app.limber.account;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Decides whether demo content is seeded. {@code limber.demo=true|false} decides explicitly; left empty, demo content
 * is seeded only on the embedded H2 database, so a PostgreSQL deployment never gets demo accounts by accident.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        String explicit = environment.getProperty("limber.demo", "").strip();
        String url = environment.getProperty("spring.datasource.url", "");
        this.enabled = explicit.isEmpty() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(explicit);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
