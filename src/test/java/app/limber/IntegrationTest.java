package app.limber;

import app.limber.account.SignedInPerson;
import app.limber.settings.SiteSettingsService;
import app.limber.site.PublicPages;
import app.limber.site.VisitorPageCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that need the application context and the real PostgreSQL database. Every test starts from an empty
 * schema (as Flyway built it): all tables but Flyway's history are truncated before each test.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected TestClock clock;

    /** Uploaded files of this test run: one temporary directory per JVM, shared by all test contexts. */
    private static final Path STORAGE_DIRECTORY = temporaryStorageDirectory();

    @DynamicPropertySource
    static void storeFilesInATemporaryDirectory(DynamicPropertyRegistry registry) {
        registry.add("limber.storage.directory", STORAGE_DIRECTORY::toString);
    }

    /** Where the application stores uploaded files during tests. */
    protected static Path storageDirectory() {
        return STORAGE_DIRECTORY;
    }

    private static Path temporaryStorageDirectory() {
        try {
            Path directory = Files.createTempDirectory("limber-test-files");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile())));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static volatile List<String> tables = List.of();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private DatabaseStatements databaseStatements;

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    @Autowired
    private SiteSettingsService siteSettings;

    @Autowired
    private VisitorPageCache visitorPages;

    @Autowired
    private PublicPages publicPages;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    /**
     * Each Spring context installs its own Vaadin-aware holder strategy globally, while its method security keeps
     * reading the instance it was built with. With several cached test contexts, the last one started would win;
     * putting this context's strategy back makes {@link #actAs} and the services see the same caller.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @BeforeEach
    protected void emptyTheDatabase() {
        List<String> known = tables;
        if (known.isEmpty()) {
            known = jdbc.queryForList("""
                    select quote_ident(tablename) from pg_tables
                    where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                    """, String.class);
            tables = known;
        }
        if (!known.isEmpty()) {
            jdbc.execute("truncate table " + String.join(", ", known) + " restart identity cascade");
        }
        // The settings row went with the rest; the service must not keep serving the previous test's settings.
        siteSettings.forgetCached();
        visitorPages.forgetAll();
        publicPages.forgetServedVersions();
    }

    /**
     * How many data statements the database received while the action ran (for N+1 checks): counted at the JDBC level
     * by {@link DatabaseStatements}, so statements that don't go through Hibernate ({@code JdbcTemplate},
     * {@code JdbcClient}) count too, as they do in PostgreSQL's statement log.
     */
    protected long statementsDuring(Runnable action) {
        return sqlDuring(action).count();
    }

    /**
     * The data statements the database received while the action ran, from any thread, with the transaction each ran
     * in: what PostgreSQL's statement log shows.
     */
    protected DatabaseStatements.Recording sqlDuring(Runnable action) {
        return databaseStatements.during(action);
    }

    /** Makes service calls on this thread run as this person (what a signed-in browser tab does). */
    protected void actAs(SignedInPerson person) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }
}
