package app.limber.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduling thread that drives {@link app.limber.platform.jobs.BackgroundJobs}: recurring jobs run on
 * one node at a time, whatever the number of nodes. Tests turn it off ({@code limber.scheduling.enabled=false}) and
 * run jobs themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "limber.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
