package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.TestClock;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link FileStorage} promises (docs/storage.md), run against each implementation by a subclass: on local
 * disk and in an S3-compatible bucket on a real server.
 */
abstract class FileStorageContractTest {

    /** Larger than two of the 5 MiB parts the S3 tests use, so that it goes up in three parts. */
    static final int LARGE = 11 * 1024 * 1024 + 123;

    /** A new, empty storage. */
    abstract KeyedStorage storage(Duration longestUpload, Clock clock) throws IOException;

    /** How many files, objects or partial uploads the storage holds, complete or not. */
    abstract long leftovers() throws IOException;

    KeyedStorage storage() throws IOException {
        return storage(Duration.ofHours(6), Clock.systemUTC());
    }

    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void storesUnderAGeneratedKeyAndReadsBack() throws IOException {
        KeyedStorage storage = storage();
        byte[] bytes = "ankle circles, ten each way".getBytes();

        FileStorage.StoredFile stored = storage.store(new ByteArrayInputStream(bytes));

        assertThat(StorageKeys.isValid(stored.key())).isTrue();
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(storage.size(stored.key())).isEqualTo(bytes.length);
        assertThat(read(storage.open(stored.key()))).isEqualTo(bytes);
        StoredResource resource = storage.resource(stored.key());
        assertThat(resource.exists()).isTrue();
        assertThat(resource.contentLength()).isEqualTo(bytes.length);
        assertThat(read(resource.getInputStream())).isEqualTo(bytes);
    }

    @Test
    void anEmptyFileIsStoredToo() throws IOException {
        KeyedStorage storage = storage();
        String key = storage.store(InputStream.nullInputStream()).key();
        assertThat(storage.size(key)).isZero();
        assertThat(read(storage.open(key))).isEmpty();
    }

    @Test
    void twoStoresGetDifferentKeys() throws IOException {
        KeyedStorage storage = storage();
        assertThat(storage.store(new ByteArrayInputStream(new byte[1])).key())
                .isNotEqualTo(storage.store(new ByteArrayInputStream(new byte[1])).key());
    }

    @Test
    void aLargeFileIsStoredWholeAndReadBackByteForByte() throws IOException {
        KeyedStorage storage = storage();
        byte[] bytes = bytes(LARGE);

        FileStorage.StoredFile stored = storage.store(new ByteArrayInputStream(bytes));

        assertThat(stored.size()).isEqualTo(LARGE);
        assertThat(storage.size(stored.key())).isEqualTo(LARGE);
        assertThat(read(storage.open(stored.key()))).isEqualTo(bytes);
        assertThat(storage.keys()).containsExactly(stored.key());
    }

    @Test
    void aRangeReadsExactlyThoseBytes() throws IOException {
        KeyedStorage storage = storage();
        byte[] bytes = bytes(LARGE);
        StoredResource resource = storage.resource(storage.store(new ByteArrayInputStream(bytes)).key());

        int start = 6 * 1024 * 1024 - 17;
        assertThat(read(resource.getInputStream(start, 1024 * 1024)))
                .isEqualTo(Arrays.copyOfRange(bytes, start, start + 1024 * 1024));
        assertThat(read(resource.getInputStream(0, 1))).containsExactly(bytes[0]);
        assertThat(read(resource.getInputStream(LARGE - 5, 5))).isEqualTo(Arrays.copyOfRange(bytes, LARGE - 5, LARGE));
        assertThat(read(resource.getInputStream(10, 0))).isEmpty();
    }

    @Test
    void closingAStreamEarlyIsFine() throws IOException {
        KeyedStorage storage = storage();
        byte[] bytes = bytes(LARGE);
        String key = storage.store(new ByteArrayInputStream(bytes)).key();

        try (InputStream in = storage.open(key)) {
            assertThat(in.readNBytes(12)).isEqualTo(Arrays.copyOf(bytes, 12));
        }
        assertThat(read(storage.open(key))).hasSize(LARGE);
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNothingBehind() throws IOException {
        KeyedStorage storage = storage();
        assertThatThrownBy(() -> storage.store(failingAfter(100_000, 50_000))).hasMessage("connection reset");
        assertThat(leftovers()).isZero();
    }

    @Test
    void aLargeUploadThatFailsAfterItsFirstPartsLeavesNothingBehind() throws IOException {
        KeyedStorage storage = storage();
        assertThatThrownBy(() -> storage.store(failingAfter(LARGE, 10 * 1024 * 1024 + 7)))
                .hasMessage("connection reset");
        assertThat(storage.keys()).isEmpty();
        assertThat(leftovers()).as("no object, no partial file, no unfinished multipart upload").isZero();
    }

    @Test
    void anUploadTakingLongerThanTheLongestUploadIsStoppedAndLeavesNothing() throws IOException {
        TestClock clock = new TestClock();
        KeyedStorage storage = storage(Duration.ofHours(6), clock);
        InputStream slow = new FilterInputStream(new ByteArrayInputStream(new byte[LARGE])) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                clock.advance(Duration.ofMinutes(30));
                return super.read(b, off, Math.min(len, 512 * 1024));
            }
        };
        assertThatThrownBy(() -> storage.store(slow)).isInstanceOf(IOException.class).hasMessageContaining("longer");
        assertThat(leftovers()).isZero();
    }

    @Test
    void deleteRemovesTheFileAndReportsMissingOnes() throws IOException {
        KeyedStorage storage = storage();
        String key = storage.store(new ByteArrayInputStream(new byte[10])).key();

        assertThat(storage.delete(key)).isTrue();
        assertThat(storage.delete(key)).isFalse();
        assertThat(storage.keys()).isEmpty();
        assertThat(leftovers()).isZero();
    }

    @Test
    void aMissingKeyIsNoSuchFile() throws IOException {
        KeyedStorage storage = storage();
        String key = StorageKeys.generate();

        assertThatThrownBy(() -> read(storage.open(key))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.size(key)).isInstanceOf(NoSuchFileException.class);
        assertThat(storage.resource(key).exists()).isFalse();
        assertThatThrownBy(() -> storage.resource(key).contentLength()).isInstanceOf(IOException.class);
        assertThat(storage.delete(key)).isFalse();
    }

    @Test
    void storingUnderAnExistingKeyReplacesTheFile() throws IOException {
        KeyedStorage storage = storage();
        String key = storage.store(new ByteArrayInputStream("old".getBytes())).key();

        assertThat(storage.storeAs(key, new ByteArrayInputStream("newer".getBytes()))).isEqualTo(5);

        assertThat(read(storage.open(key))).isEqualTo("newer".getBytes());
        assertThat(storage.size(key)).isEqualTo(5);
        assertThat(storage.keys()).containsExactly(key);
    }

    @Test
    void keysListsEveryStoredFileInKeyOrder() throws IOException {
        KeyedStorage storage = storage();
        assertThat(storage.keys()).isEmpty();
        String first = storage.store(new ByteArrayInputStream(new byte[3])).key();
        String second = storage.store(new ByteArrayInputStream(new byte[4])).key();

        assertThat(storage.keys()).containsExactly(first.compareTo(second) < 0
                ? new String[] {first, second} : new String[] {second, first});
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b", "a\\b", "/etc/passwd", "",
            "0f8fad5b-d9cb-469f-a165-70867728950e/../x", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            "0f8fad5b-d9cb-469f-a165-70867728950\u0000"})
    void anythingButAGeneratedKeyIsRefused(String key) throws IOException {
        KeyedStorage storage = storage();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.size(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.resource(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.storeAs(key, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A stream of the given length that breaks after delivering some of it, like a dropped connection. */
    static InputStream failingAfter(int length, int failAt) {
        return new FilterInputStream(new ByteArrayInputStream(bytes(length))) {
            int delivered;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (delivered >= failAt) {
                    throw new IOException("connection reset");
                }
                int read = super.read(b, off, Math.min(len, Math.min(64 * 1024, failAt - delivered)));
                delivered += Math.max(read, 0);
                return read;
            }
        };
    }
}
