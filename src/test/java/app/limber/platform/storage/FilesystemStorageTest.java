package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemStorageTest {

    @TempDir
    Path directory;

    @Test
    void storesUnderAGeneratedKeyAndReadsBack() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        byte[] bytes = "ankle circles, ten each way".getBytes();

        FileStorage.StoredFile stored = storage.store(new ByteArrayInputStream(bytes));

        assertThat(StorageKeys.isValid(stored.key())).isTrue();
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(storage.size(stored.key())).isEqualTo(bytes.length);
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(storage.resource(stored.key()).contentLength()).isEqualTo(bytes.length);
        assertThat(storage.pathOf(stored.key())).startsWith(storage.root());
    }

    @Test
    void twoStoresGetDifferentKeys() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        assertThat(storage.store(new ByteArrayInputStream(new byte[1])).key())
                .isNotEqualTo(storage.store(new ByteArrayInputStream(new byte[1])).key());
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNoFileBehind() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(new byte[100_000])) {
            int reads;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++reads > 2) {
                    throw new IOException("connection reset");
                }
                return super.read(b, off, Math.min(len, 1000));
            }
        };

        assertThatThrownBy(() -> storage.store(failing)).hasMessage("connection reset");
        assertThat(filesUnder(directory)).isZero();
    }

    @Test
    void deleteRemovesTheFileAndReportsMissingOnes() throws IOException {
        FilesystemStorage storage = new FilesystemStorage(directory);
        String key = storage.store(new ByteArrayInputStream(new byte[10])).key();

        assertThat(storage.delete(key)).isTrue();
        assertThat(storage.delete(key)).isFalse();
        assertThat(filesUnder(directory)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b", "a\\b", "/etc/passwd", "",
            "0f8fad5b-d9cb-469f-a165-70867728950e/../x", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            "0f8fad5b-d9cb-469f-a165-70867728950\u0000"})
    void anythingButAGeneratedKeyIsRefused(String key) {
        FilesystemStorage storage = new FilesystemStorage(directory);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.resource(key)).isInstanceOf(IllegalArgumentException.class);
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
        Files.setLastModifiedTime(crashed, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(7))));
        Path running = Files.write(incoming.resolve("5c1e2f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50.part"), new byte[10]);
        Path unrelated = Files.write(incoming.resolve("notes.txt"), new byte[1]);
        Files.setLastModifiedTime(unrelated, Files.getLastModifiedTime(crashed));

        FilesystemStorage storage = new FilesystemStorage(directory, java.time.Duration.ofHours(6),
                java.time.Clock.systemUTC());
        assertThat(storage.removeLeftoverUploads()).isEqualTo(1);

        assertThat(crashed).doesNotExist();
        assertThat(running).as("may belong to an upload still running").exists();
        assertThat(unrelated).as("only partial uploads are touched").exists();
    }

    @Test
    void anUploadTakingLongerThanTheLongestUploadIsStoppedAndLeavesNothing() throws IOException {
        app.limber.TestClock clock = new app.limber.TestClock();
        FilesystemStorage storage = new FilesystemStorage(directory, java.time.Duration.ofHours(6), clock);
        InputStream slow = new FilterInputStream(new ByteArrayInputStream(new byte[10_000])) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                clock.advance(java.time.Duration.ofHours(1));
                return super.read(b, off, Math.min(len, 1000));
            }
        };
        assertThatThrownBy(() -> storage.store(slow)).isInstanceOf(IOException.class).hasMessageContaining("longer");
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
