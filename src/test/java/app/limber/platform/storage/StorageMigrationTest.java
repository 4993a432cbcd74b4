package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import app.limber.content.VideoService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * {@code --migrate-storage}: every file the database refers to and every file in the source ends up in the target
 * with the same key and size; a second run after an interruption copies only what is missing or incomplete.
 */
@Import(TestAccounts.class)
class StorageMigrationTest extends IntegrationTest {

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    @TempDir
    Path elsewhere;

    private final S3TestServer server = S3TestServer.get();
    private final String bucket = server.newBucket();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private FilesystemStorage disk;
    private S3Storage s3;

    @BeforeEach
    void filesOnDisk() throws IOException {
        disk = new FilesystemStorage(storageDirectory());
        s3 = StorageConfiguration.s3(server.environment(bucket), Clock.systemUTC());
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        videos.createUpload("toe stretch.mp4", new ByteArrayInputStream(mp4(3000)));
        videos.createUpload("runners sun salute.mp4", new ByteArrayInputStream(mp4(1_500_000)));
        // Files the database does not refer to are copied too; this one is long enough for a multipart upload.
        disk.store(new ByteArrayInputStream(FileStorageContractTest.bytes(FileStorageContractTest.LARGE)));
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    private static byte[] mp4(int size) {
        return app.limber.content.VideoFixtures.mp4(size);
    }

    private StorageMigration.Summary migrate(KeyedStorage from, KeyedStorage to) throws IOException {
        StorageMigration migration = new StorageMigration(from, to, out, Clock.systemUTC());
        return migration.copy(migration.keys(jdbc));
    }

    private void assertSameFiles(KeyedStorage from, KeyedStorage to) throws IOException {
        assertThat(to.keys()).containsExactlyElementsOf(from.keys());
        for (String key : from.keys()) {
            assertThat(to.size(key)).as(key).isEqualTo(from.size(key));
        }
    }

    @Test
    void everyFileIsCopiedUnderItsKeyAndSizesAreChecked() throws IOException {
        List<String> referenced = jdbc.queryForList(StorageMigration.REFERENCED_KEYS, String.class);

        StorageMigration.Summary summary = migrate(disk, s3);

        assertThat(summary.failed()).isZero();
        assertThat(summary.copied()).isEqualTo(disk.keys().size());
        assertThat(summary.exitCode()).isZero();
        assertThat(s3.keys()).containsAll(referenced);
        assertSameFiles(disk, s3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Done in", summary.copied() + " copied");
    }

    @Test
    void aSecondRunAfterAnInterruptionCopiesOnlyWhatIsMissingOrIncomplete() throws IOException {
        migrate(disk, s3);
        List<String> keys = disk.keys();
        s3.delete(keys.get(0));
        s3.storeAs(keys.get(1), new ByteArrayInputStream(new byte[] {9}));

        StorageMigration.Summary again = migrate(disk, s3);

        assertThat(again.copied()).isEqualTo(2);
        assertThat(again.alreadyThere()).isEqualTo(keys.size() - 2);
        assertSameFiles(disk, s3);
    }

    @Test
    void filesComeBackFromTheBucketToADirectory() throws IOException {
        migrate(disk, s3);
        FilesystemStorage fresh = new FilesystemStorage(elsewhere);

        StorageMigration.Summary back = migrate(s3, fresh);

        assertThat(back.failed()).isZero();
        assertSameFiles(s3, fresh);
        String key = disk.keys().get(0);
        try (var original = disk.open(key); var copy = fresh.open(key)) {
            assertThat(copy.readAllBytes()).isEqualTo(original.readAllBytes());
        }
    }

    @Test
    void aReferencedFileMissingFromTheSourceIsReportedAndMakesTheRunFail() throws IOException {
        String lost = StorageKeys.generate();
        jdbc.update("insert into picture_renditions (source_key, size_name, storage_key, content_type, width, height,"
                + " created_at) values (?, '480', ?, 'image/png', 1, 1, now())", StorageKeys.generate(), lost);

        StorageMigration.Summary summary = migrate(disk, s3);

        assertThat(summary.missing()).isEqualTo(1);
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("MISSING " + lost);
    }

    @Test
    void theCommandRunsWithTheApplicationsSettingsAndExitsWithoutAWebServer() throws IOException {
        String[] args = Stream.concat(Stream.of("--migrate-storage=filesystem:s3",
                        "--spring.datasource.url=" + envOr("LIMBER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                        "--spring.datasource.username=" + envOr("LIMBER_TEST_DB_USER", "postgres"),
                        "--spring.datasource.password=" + envOr("LIMBER_TEST_DB_PASSWORD", ""),
                        "--limber.storage.directory=" + storageDirectory(),
                        "--server.port=1"),
                server.properties(bucket).stream().map(property -> "--" + property))
                .toArray(String[]::new);

        int exit = StorageMigrationCommand.run(StorageMigrationCommand.requested(args).orElseThrow(), args, out);

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertSameFiles(disk, s3);
    }

    @Test
    void theCommandRefusesWhatItCannotDo() {
        assertThat(StorageMigrationCommand.run("s3:s3", new String[0], out)).isEqualTo(64);
        assertThat(StorageMigrationCommand.run("disk:cloud", new String[0], out)).isEqualTo(64);
        String[] noBucket = {"--spring.datasource.url=jdbc:h2:mem:migration", "--limber.storage.directory=" + elsewhere};
        assertThat(StorageMigrationCommand.run("filesystem:s3", noBucket, out)).isEqualTo(78);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("filesystem:s3 or s3:filesystem, not 's3:s3'", "Set LIMBER_S3_BUCKET");
    }

    private static String envOr(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
