package app.limber;

import app.limber.platform.storage.StorageMigrationCommand;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Limber: routines, programs and progress for runners who practise yoga.
 *
 * <p>Vaadin looks for views, layouts, error views and the app shell only in the packages named in {@code @EnableVaadin}
 * (each feature's {@code ui} package), not in every class under {@code app.limber}: reading all 1,100 classes of the
 * application at every start cost a few hundred milliseconds (docs/performance.md#start-up). ArchitectureTest keeps
 * every route, layout, error view and the app shell ({@code LimberAppShell}) inside these packages.
 */
@SpringBootApplication
@EnableVaadin({"app.limber.account.ui", "app.limber.admin.ui", "app.limber.coaching.ui", "app.limber.community.ui",
        "app.limber.content.ui", "app.limber.platform.ui", "app.limber.program.ui", "app.limber.progress.ui"})
public class LimberApplication {

    public static void main(String[] args) {
        Optional<String> migration = StorageMigrationCommand.requested(args);
        if (migration.isPresent()) {
            System.exit(StorageMigrationCommand.run(migration.get(), args, System.out));
        }
        SpringApplication application = new SpringApplication(LimberApplication.class);
        String stepsFile = System.getProperty("limber.startup.steps");
        BufferingApplicationStartup steps = stepsFile == null ? null : new BufferingApplicationStartup(20_000);
        if (steps != null) {
            application.setApplicationStartup(steps);
        }
        application.run(args);
        if (steps != null) {
            writeSteps(steps, Path.of(stepsFile));
        }
    }

    /**
     * Start-up diagnostics (docs/performance.md#start-up): with {@code -Dlimber.startup.steps=<file>} every step of the
     * start (each bean created, the web server, ...) goes to that file, one line each: id, parent id, nanoseconds,
     * name, tags; {@code bench/startup-steps.py} sums them up. (Spring's Java Flight Recorder variant doesn't help with
     * the AOT cache: a cache trained without JFR is not used when JFR is on.)
     */
    private static void writeSteps(BufferingApplicationStartup steps, Path file) {
        StringBuilder lines = new StringBuilder();
        for (StartupTimeline.TimelineEvent event : steps.getBufferedTimeline().getEvents()) {
            StartupStep step = event.getStartupStep();
            StringBuilder tags = new StringBuilder();
            step.getTags().forEach(tag -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
            lines.append(step.getId()).append('\t').append(step.getParentId()).append('\t')
                    .append(event.getDuration().toNanos()).append('\t').append(step.getName()).append('\t')
                    .append(tags.toString().replace('\t', ' ').replace('\n', ' ').strip()).append('\n');
        }
        try {
            Files.writeString(file, lines);
        } catch (IOException e) {
            System.err.println("Could not write the start-up steps to " + file + ": " + e.getMessage());
        }
    }
}
