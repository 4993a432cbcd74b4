package app.limber.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Storage settings that can't work stop the start-up with a message that names what to set. */
class StorageConfigurationTest {

    private static StorageConfigurationException refused(MockEnvironment environment) {
        return catchThrowableOfType(StorageConfigurationException.class, () -> StorageConfiguration.open(
                StorageConfiguration.typeOf(environment), environment, Clock.systemUTC(), List.of()));
    }

    @Test
    void theFilesystemIsTheDefault() {
        assertThat(StorageConfiguration.open(StorageConfiguration.typeOf(new MockEnvironment()), new MockEnvironment(),
                Clock.systemUTC(), List.of())).isInstanceOf(FilesystemStorage.class);
    }

    @Test
    void anUnknownKindOfStorageIsNamedWithTheChoices() {
        StorageConfigurationException wrong = refused(new MockEnvironment().withProperty("limber.storage.type", "gcs"));
        assertThat(wrong.getMessage()).contains("LIMBER_STORAGE", "'gcs'");
        assertThat(wrong.action()).contains("'filesystem'", "'s3'");
    }

    @Test
    void s3WithoutABucketAsksForOne() {
        StorageConfigurationException wrong = refused(new MockEnvironment().withProperty("limber.storage.type", "s3"));
        assertThat(wrong.action()).contains("LIMBER_S3_BUCKET");
    }

    @Test
    void anEndpointThatIsNotAnAddressIsRefused() {
        StorageConfigurationException wrong = refused(S3TestServer.get().environment("any")
                .withProperty("limber.storage.s3.endpoint", "minio:9000"));
        assertThat(wrong.getMessage()).contains("LIMBER_S3_ENDPOINT", "minio:9000");
    }

    @Test
    void aPartSizeS3WouldRefuseIsRefused() {
        StorageConfigurationException wrong = refused(S3TestServer.get().environment("any")
                .withProperty("limber.storage.s3.part-size", "1MB"));
        assertThat(wrong.action()).contains("5MB");
    }

    @Test
    void aMissingBucketIsFoundAtStartUp() {
        StorageConfigurationException wrong = refused(S3TestServer.get().environment("no-such-bucket"));
        assertThat(wrong.getMessage()).contains("no-such-bucket", "404");
        assertThat(wrong.action()).contains("Create the bucket 'no-such-bucket'");
    }

    @Test
    void anUnreachableStoreIsSaidSo() {
        StorageConfigurationException wrong = refused(S3TestServer.get().environment(S3TestServer.BUCKET)
                .withProperty("limber.storage.s3.endpoint", "http://127.0.0.1:1"));
        assertThat(wrong.getMessage()).contains("http://127.0.0.1:1");
        assertThat(wrong.action()).contains("reachable");
    }

    @Test
    void theStartUpReportIsTheMessageAndWhatToDo() {
        StorageConfigurationException wrong = new StorageConfigurationException("No bucket.", "Set LIMBER_S3_BUCKET.");
        FailureAnalysis analysis = new StorageConfigurationFailureAnalyzer().analyze(
                new IllegalStateException("bean creation failed", wrong));
        assertThat(analysis.getDescription()).isEqualTo("No bucket.");
        assertThat(analysis.getAction()).isEqualTo("Set LIMBER_S3_BUCKET.");
    }
}
