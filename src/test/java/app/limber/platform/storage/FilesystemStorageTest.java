package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the filesystem storage does; the shared contract is in {@link FilesystemStorageContractTest}. */
class FilesystemStorageTest {

    @TempDir
    Path directory;

    @Test
    void filesLiveUnderTheRootFannedOutByTheKeysFirstCharacters() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        String key = storage.store(new ByteArrayInputStream(new byte[3])).key();

        assertThat(storage.pathOf(key)).isEqualTo(storage.root().resolve(key.substring(0, 2)).resolve(key));
        assertThat(storage.pathOf(key)).isRegularFile();
    }

    @Test
    void filesThatAreNotStoredFilesAreNotListed() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        String key = storage.store(new ByteArrayInputStream(new byte[3])).key();
        Files.write(Files.createDirectories(directory.resolve("incoming")).resolve(StorageKeys.generate() + ".part"),
                new byte[1]);
        Files.write(Files.createDirectories(directory.resolve("ab")).resolve("notes.txt"), new byte[1]);
        String misplaced = StorageKeys.generate();
        Files.write(Files.createDirectories(directory.resolve("zz")).resolve(misplaced), new byte[1]);

        assertThat(storage.keys()).containsExactly(key);
    }

    static long filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void startUpRemovesPartialUploadsOlderThanTheLongestUploadAndKeepsRecentOnes() throws IOException {
        Path incoming = Files.createDirectories(directory.resolve("incoming"));
        Path crashed = Files.write(incoming.resolve("0b9d2b7e-5f44-4c57-9d0e-0e8a3f1b2c11.part"), new byte[10]);
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofHours(7))));
        Path running = Files.write(incoming.resolve("5c1e2f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50.part"), new byte[10]);
        Path unrelated = Files.write(incoming.resolve("notes.txt"), new byte[1]);
        Files.setLastModifiedTime(unrelated, Files.getLastModifiedTime(crashed));

        FilesystemStorage storage = new FilesystemStorage(directory, Duration.ofHours(6), Clock.systemUTC());
        assertThat(storage.removeLeftoverUploads()).isEqualTo(1);

        assertThat(crashed).doesNotExist();
        assertThat(running).as("may belong to an upload still running").exists();
        assertThat(unrelated).as("only partial uploads are touched").exists();
    }
}
