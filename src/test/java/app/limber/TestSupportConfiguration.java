package app.limber;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test context adds: the movable clock, a statement counter on the data source and a schema
 * rebuilt once per test run.
 */
@TestConfiguration
public class TestSupportConfiguration {

    private static final AtomicBoolean SCHEMA_REBUILT = new AtomicBoolean();

    /** Counts the statements the database receives, for statement budgets ({@link IntegrationTest#sqlDuring}). */
    @Bean
    static DatabaseStatements databaseStatements() {
        return new DatabaseStatements();
    }

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /**
     * The test database is rebuilt from the migrations once per test run, so a schema left behind by another
     * branch or an older checkout can never make the suite fail (or pass) by accident.
     */
    @Bean
    FlywayMigrationStrategy cleanThenMigrateOncePerRun() {
        return flyway -> {
            if (SCHEMA_REBUILT.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
