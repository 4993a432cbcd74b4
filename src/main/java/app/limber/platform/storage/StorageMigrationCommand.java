package app.limber.platform.storage;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar limber.jar --migrate-storage=filesystem:s3} (or {@code s3:filesystem}): copies every stored file
 * from one storage to the other ({@link StorageMigration}) with the same settings the application reads (application
 * properties, LIMBER_* and AWS_* environment variables, the database's SPRING_DATASOURCE_*), then exits. Starts only
 * the database connection: no web server, no background jobs, no schema migration.
 */
public final class StorageMigrationCommand {

    static final String OPTION = "--migrate-storage=";

    private StorageMigrationCommand() {
    }

    /** The source and target asked for on the command line, if any. */
    public static Optional<String> requested(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(OPTION)).map(arg -> arg.substring(OPTION.length()))
                .findFirst();
    }

    /** Runs the migration; returns the process's exit code (0 when every file is in the target). */
    public static int run(String spec, String[] args, PrintStream out) {
        List<String> types = Arrays.stream(spec.split(":", -1)).map(String::strip).toList();
        if (types.size() != 2 || types.get(0).equals(types.get(1))
                || !types.stream().allMatch(type -> List.of(StorageConfiguration.FILESYSTEM, StorageConfiguration.S3)
                        .contains(type))) {
            out.println("--migrate-storage takes the source and the target: filesystem:s3 or s3:filesystem, not '"
                    + spec + "'.");
            return 64;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            Environment environment = context.getEnvironment();
            Clock clock = Clock.systemUTC();
            try (KeyedStorage source = StorageConfiguration.open(types.get(0), environment, clock, List.of());
                    KeyedStorage target = StorageConfiguration.open(types.get(1), environment, clock, List.of())) {
                StorageMigration migration = new StorageMigration(source, target, out, clock);
                JdbcTemplate database = new JdbcTemplate(context.getBean(DataSource.class));
                return migration.copy(migration.keys(database)).exitCode();
            }
        } catch (StorageConfigurationException wrong) {
            out.println(wrong.getMessage());
            out.println(wrong.action());
            return 78;
        } catch (Exception failure) {
            out.println("The storage migration stopped: " + failure.getMessage());
            out.println("Files copied so far stay in the target; run the same command again to go on.");
            return 1;
        }
    }

    /** Only the database connection, configured as the application's. Not a component: the app never scans it. */
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class Database {
    }
}
