package app.limber.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.springframework.mock.env.MockEnvironment;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import org.springframework.util.FileSystemUtils;

/**
 * A real S3-compatible server for the tests: Adobe S3Mock's executable jar (copied to target/s3-test-server by the
 * build) run as a separate process with its own classpath, started once per test JVM on a free port and stopped when
 * the JVM exits. Any access key is accepted; the tests use fixed ones through the SDK's system properties, which the
 * default credentials chain reads like AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
 */
public final class S3TestServer {

    /** The bucket that exists from the start; tests that need an empty bucket create their own. */
    public static final String BUCKET = "limber-test";
    public static final String REGION = "us-east-1";
    private static final Path JAR = Path.of("target", "s3-test-server", "s3mock.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static S3TestServer running;

    private final Process process;
    private final int port;

    private S3TestServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized S3TestServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** The server's process id, for benchmarks that read its CPU time. */
    public long pid() {
        return process.pid();
    }

    /** The address of the server, for LIMBER_S3_ENDPOINT. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The settings that select S3 storage on this server, as the application reads them. */
    public MockEnvironment environment(String bucket) {
        return new MockEnvironment()
                .withProperty("limber.storage.type", "s3")
                .withProperty("limber.storage.s3.endpoint", endpoint())
                .withProperty("limber.storage.s3.region", REGION)
                .withProperty("limber.storage.s3.bucket", bucket)
                .withProperty("limber.storage.s3.path-style", "true")
                .withProperty("limber.storage.s3.part-size", "5MB");
    }

    /** A client of its own for tests that look behind the storage (pending multipart uploads, new buckets). */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    /** A new, empty bucket with a unique name. */
    public String newBucket() {
        String bucket = "limber-" + UUID.randomUUID();
        try (S3Client s3 = client()) {
            s3.createBucket(create -> create.bucket(bucket));
        }
        return bucket;
    }

    /** Application properties for a Spring test context that stores its files on this server. */
    public List<String> properties(String bucket) {
        return List.of("limber.storage.type=s3", "limber.storage.s3.endpoint=" + endpoint(),
                "limber.storage.s3.region=" + REGION, "limber.storage.s3.bucket=" + bucket,
                "limber.storage.s3.path-style=true", "limber.storage.s3.part-size=5MB");
    }

    private static S3TestServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests through Maven, whose "
                    + "process-test-classes phase copies S3Mock's executable jar there");
        }
        System.setProperty("aws.accessKeyId", "limber-test");
        System.setProperty("aws.secretAccessKey", "limber-test-secret");
        try {
            int port = freePort();
            Path root = Files.createTempDirectory("limber-s3mock");
            Path log = JAR.resolveSibling("s3mock-" + port + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                    "-jar", JAR.toString(),
                    "--com.adobe.testing.s3mock.httpPort=" + port,
                    "--server.port=0",
                    "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--logging.level.root=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3TestServer server = new S3TestServer(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                FileSystemUtils.deleteRecursively(root.toFile());
            }));
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start S3Mock", e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped while starting; see " + log.toAbsolutePath());
            }
            if (answers()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for S3Mock", e);
            }
        }
        stop();
        throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    /** True once the initial bucket can be listed. */
    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/" + BUCKET).toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
