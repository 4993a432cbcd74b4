package app.limber;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import app.limber.platform.storage.StorageMigrationCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/** Limber: routines, programs and progress for runners who practise yoga. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/limber.css")
@StyleSheet("styles/coaching.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "Yoga for runners: mobility routines, programs and progress.")
public class LimberApplication implements AppShellConfigurator {

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
