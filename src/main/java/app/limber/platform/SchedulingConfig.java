package app.limber.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs run on every node; each job is written so that running it on several nodes at once is harmless. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "limber.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
