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
}
