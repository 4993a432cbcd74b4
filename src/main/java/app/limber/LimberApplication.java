package app.limber;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import app.limber.platform.storage.StorageMigrationCommand;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
        SpringApplication.run(LimberApplication.class, args);
    }
}
