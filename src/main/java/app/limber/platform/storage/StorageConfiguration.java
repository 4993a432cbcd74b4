package app.limber.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses where files live from {@code limber.storage.type} ({@code LIMBER_STORAGE}): {@code filesystem}, the
 * default, or {@code s3}. Settings that can't work stop the start-up with a message naming what to set.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    static final String FILESYSTEM = "filesystem";
    static final String S3 = "s3";

    /**
     * The application's storage. {@link ExecutionInterceptor} beans, if any, see every S3 request (for metrics or
     * tracing; the tests use one to check which byte ranges were fetched).
     */
    @Bean
    KeyedStorage fileStorage(Environment environment, Clock clock, ObjectProvider<ExecutionInterceptor> interceptors) {
        return open(typeOf(environment), environment, clock, interceptors.orderedStream().toList());
    }

    /** The storage of the given type ({@code filesystem} or {@code s3}) with the settings in the environment. */
    static KeyedStorage open(String type, Environment environment, Clock clock,
            List<ExecutionInterceptor> interceptors) {
        return switch (type) {
            case FILESYSTEM -> filesystem(environment, clock);
            case S3 -> s3(environment, clock, interceptors);
            default -> throw new StorageConfigurationException(
                    "LIMBER_STORAGE (limber.storage.type) is '" + type + "', which is not a kind of storage Limber has.",
                    "Set LIMBER_STORAGE to 'filesystem' (the default: files under LIMBER_STORAGE_DIRECTORY) or 's3' "
                            + "(an S3-compatible bucket: see docs/storage.md).");
        };
    }

    static String typeOf(Environment environment) {
        return environment.getProperty("limber.storage.type", FILESYSTEM).strip().toLowerCase(Locale.ROOT);
    }

    private static Duration longestUpload(Environment environment) {
        String value = environment.getProperty("limber.storage.longest-upload", "PT6H").strip();
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw new StorageConfigurationException("limber.storage.longest-upload is '" + value + "'.",
                    "Set limber.storage.longest-upload to an ISO-8601 duration such as PT6H.", unreadable);
        }
    }

    static FilesystemStorage filesystem(Environment environment, Clock clock) {
        Path directory = Path.of(environment.getProperty("limber.storage.directory", "./data/files"));
        return new FilesystemStorage(directory, longestUpload(environment), clock);
    }

    /** Connects to the bucket and checks that it is there and these credentials may use it. */
    static S3Storage s3(Environment environment, Clock clock) {
        return s3(environment, clock, List.of());
    }

    private static S3Storage s3(Environment environment, Clock clock, List<ExecutionInterceptor> interceptors) {
        String bucket = environment.getProperty("limber.storage.s3.bucket", "").strip();
        if (bucket.isEmpty()) {
            throw new StorageConfigurationException("LIMBER_STORAGE is 's3' but no bucket is named.",
                    "Set LIMBER_S3_BUCKET to the bucket's name (and LIMBER_S3_ENDPOINT, LIMBER_S3_REGION as needed).");
        }
        String endpoint = environment.getProperty("limber.storage.s3.endpoint", "").strip();
        boolean pathStyle = environment.getProperty("limber.storage.s3.path-style", Boolean.class, false);
        DataSize partSize = partSize(environment.getProperty("limber.storage.s3.part-size", "8MB").strip());
        if (partSize.toBytes() < S3Storage.SMALLEST_PART || partSize.toBytes() > Integer.MAX_VALUE / 2) {
            throw new StorageConfigurationException("limber.storage.s3.part-size is " + partSize + ".",
                    "Set limber.storage.s3.part-size between 5MB (the smallest part S3 accepts) and 1GB.");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(region(environment))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(pathStyle)
                .overrideConfiguration(override -> override.executionInterceptors(interceptors))
                // Checksums only where S3 requires them: several S3-compatible stores refuse the newer trailing ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder()
                        .maxConnections(environment.getProperty("limber.storage.s3.max-connections", Integer.class,
                                50)));
        if (!endpoint.isEmpty()) {
            builder.endpointOverride(endpoint(endpoint));
        }
        S3Client client;
        try {
            client = builder.build();
        } catch (SdkException | IllegalArgumentException invalid) {
            throw new StorageConfigurationException("The S3 client could not be set up: " + invalid.getMessage(),
                    "Check LIMBER_S3_ENDPOINT, LIMBER_S3_REGION and LIMBER_S3_BUCKET.", invalid);
        }
        String where = endpoint.isEmpty() ? "AWS S3" : endpoint;
        requireBucket(client, bucket, where);
        return new S3Storage(client, bucket, where, (int) partSize.toBytes(), longestUpload(environment), clock);
    }

    private static DataSize partSize(String value) {
        try {
            return DataSize.parse(value);
        } catch (IllegalArgumentException unreadable) {
            throw new StorageConfigurationException("limber.storage.s3.part-size is '" + value + "'.",
                    "Set limber.storage.s3.part-size to a size such as 8MB.", unreadable);
        }
    }

    private static Region region(Environment environment) {
        String region = environment.getProperty("limber.storage.s3.region", "").strip();
        if (!region.isEmpty()) {
            return Region.of(region);
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkException none) {
            throw new StorageConfigurationException("LIMBER_STORAGE is 's3' but no region is set.",
                    "Set LIMBER_S3_REGION (or AWS_REGION) to the bucket's region, e.g. eu-central-1; stores such as "
                            + "MinIO or Garage take their configured region, often us-east-1.", none);
        }
    }

    private static URI endpoint(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // said below
        }
        throw new StorageConfigurationException("LIMBER_S3_ENDPOINT '" + endpoint + "' is not an http(s) address.",
                "Set LIMBER_S3_ENDPOINT to the store's address, e.g. http://minio:9000, or leave it empty for AWS S3.");
    }

    private static void requireBucket(S3Client client, String bucket, String where) {
        try {
            client.headBucket(head -> head.bucket(bucket));
        } catch (SdkServiceException refused) {
            client.close();
            String action = switch (refused.statusCode()) {
                case 404 -> "Create the bucket '" + bucket + "' or correct LIMBER_S3_BUCKET.";
                case 301, 400 -> "Set LIMBER_S3_REGION to the bucket's region; for MinIO, Garage or Ceph also "
                        + "LIMBER_S3_PATH_STYLE=true.";
                default -> "Check the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE) and "
                        + "that they may read and write the bucket.";
            };
            throw new StorageConfigurationException("The bucket '" + bucket + "' at " + where + " answered "
                    + refused.statusCode() + ": " + refused.getMessage(), action, refused);
        } catch (SdkException unreachable) {
            client.close();
            throw new StorageConfigurationException("Could not use the bucket '" + bucket + "' at " + where + ": "
                    + unreachable.getMessage(),
                    "Check that the object store is reachable at LIMBER_S3_ENDPOINT, and that credentials are set "
                            + "(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE).", unreachable);
        }
    }
}
