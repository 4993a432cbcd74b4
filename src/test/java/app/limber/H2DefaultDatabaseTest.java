package app.limber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The zero-setup H2 database must keep working once the connection pool retires the connection that ran the
 * migrations (HikariCP does so after about 30 minutes). H2 2.4.240 broke every {@code CHECK (x IN (...))} constraint
 * from then on ("Check constraint invalid ... The database has been closed"), so signing in failed after a newcomer's
 * first half hour. Both tests use an H2 file database in a temporary directory, opened like the default profile does.
 */
class H2DefaultDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void aCheckConstraintStillWorksAfterTheConnectionThatCreatedItIsClosed() throws SQLException {
        String url = defaultProfileUrl();
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            try (Connection creator = DriverManager.getConnection(url, "sa", "");
                    Statement statement = creator.createStatement()) {
                statement.execute("create table attempts (outcome varchar(20) not null,"
                        + " constraint attempts_outcome_known check (outcome in ('SUCCEEDED', 'FAILED')))");
            }
            try (Connection next = DriverManager.getConnection(url, "sa", "");
                    Statement statement = next.createStatement()) {
                statement.execute("insert into attempts (outcome) values ('SUCCEEDED')");
                assertThatThrownBy(() -> statement.execute("insert into attempts (outcome) values ('MAYBE')"))
                        .as("the constraint still refuses unknown values")
                        .hasMessageContaining("attempts_outcome_known");
            }
            try (Statement statement = keepsTheDatabaseOpen.createStatement();
                    var rows = statement.executeQuery("select count(*) from attempts")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void checkedTablesTakeRowsAfterThePoolHasReplacedTheConnectionThatRanTheMigrations() throws Exception {
        String url = defaultProfileUrl();
        // The application keeps the database open through its other connections while one is retired; this
        // connection plays their part, so that H2 does not close and reopen the database in between.
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            try (HikariDataSource migrationPool = pool(url)) {
                Flyway.configure().dataSource(migrationPool).locations(defaultProfileMigrationLocations()).load()
                        .migrate();
            }
            try (HikariDataSource freshPool = pool(url)) {
                JdbcTemplate jdbc = new JdbcTemplate(freshPool);
                jdbc.update("insert into people (email, display_name, password_hash, created_at, updated_at)"
                        + " values ('sam@example.com', 'Sam', 'x', current_timestamp, current_timestamp)");
                long person = jdbc.queryForObject("select id from people", Long.class);
                jdbc.update("insert into login_attempts (email, person_id, ip, outcome, attempted_at)"
                        + " values ('sam@example.com', ?, '127.0.0.1', 'SUCCEEDED', current_timestamp)", person);
                jdbc.update("insert into person_roles (person_id, role) values (?, 'RUNNER')", person);
                jdbc.update("insert into one_time_links (person_id, token_hash, created_at, expires_at, purpose)"
                        + " values (?, 'hash', current_timestamp, current_timestamp, 'INVITATION')", person);
                jdbc.update("insert into comments (item_kind, item_id, author_name, body, status, created_at,"
                        + " status_changed_at) values ('ARTICLE', 1, 'Sam', 'Thanks!', 'PENDING',"
                        + " current_timestamp, current_timestamp)");

                assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isEqualTo(1);
                assertThatThrownBy(() -> jdbc.update("insert into login_attempts (email, ip, outcome, attempted_at)"
                        + " values ('sam@example.com', '127.0.0.1', 'GUESSED', current_timestamp)"))
                        .as("the checks still refuse unknown values")
                        .hasMessageContaining("login_attempts_outcome_known");
            }
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** The default profile's JDBC URL, with its {@code ./data} directory moved into this test's directory. */
    private String defaultProfileUrl() {
        String url = applicationProperties().getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/limber;");
        return url.replace("./data/limber", directory.resolve("limber").toString());
    }

    /** The default profile's Flyway locations, with {@code {vendor}} resolved for H2 as Spring Boot does. */
    private static String[] defaultProfileMigrationLocations() {
        return Arrays.stream(applicationProperties().getProperty("spring.flyway.locations").split(","))
                .map(location -> location.strip().replace("{vendor}", "h2"))
                .toArray(String[]::new);
    }

    private static Properties applicationProperties() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
