package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.TestClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The storage contract on objects in a bucket of a real S3-compatible server (S3Mock, its own process). */
class S3StorageContractTest extends FileStorageContractTest {

    private final S3TestServer server = S3TestServer.get();
    private final String bucket = server.newBucket();
    private S3Storage storage;

    @Override
    KeyedStorage storage(Duration longestUpload, Clock clock) {
        storage = StorageConfiguration.s3(server.environment(bucket)
                .withProperty("limber.storage.longest-upload", longestUpload.toString()), clock);
        return storage;
    }

    @Override
    long leftovers() {
        try (S3Client s3 = server.client()) {
            return s3.listObjectsV2(list -> list.bucket(bucket)).keyCount()
                    + s3.listMultipartUploads(list -> list.bucket(bucket)).uploads().size();
        }
    }

    @AfterEach
    void closeClient() {
        if (storage != null) {
            storage.close();
        }
    }

    @Test
    void aSmallFileIsOnePutAndALargeOneGoesUpInParts() throws IOException {
        KeyedStorage storage = storage();
        String small = storage.store(new ByteArrayInputStream(bytes(5 * 1024 * 1024 - 1))).key();
        String large = storage.store(new ByteArrayInputStream(bytes(LARGE))).key();

        try (S3Client s3 = server.client()) {
            // A multipart object's ETag ends in -<number of parts>; a single PUT's is a plain MD5.
            assertThat(s3.headObject(head -> head.bucket(bucket).key(small)).eTag()).doesNotContain("-");
            assertThat(s3.headObject(head -> head.bucket(bucket).key(large)).eTag()).endsWith("-3\"");
        }
    }

    @Test
    void startUpAbortsMultipartUploadsOlderThanTheLongestUpload() {
        try (S3Client s3 = server.client()) {
            s3.createMultipartUpload(create -> create.bucket(bucket).key(StorageKeys.generate()));
        }
        TestClock clock = new TestClock();
        S3Storage storage = (S3Storage) storage(Duration.ofHours(6), clock);
        assertThat(storage.removeLeftoverUploads()).as("may belong to an upload still running").isZero();

        clock.advance(Duration.ofHours(7));
        assertThat(storage.removeLeftoverUploads()).isEqualTo(1);
        assertThat(leftovers()).isZero();
    }
}
