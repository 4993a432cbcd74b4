package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import app.limber.platform.storage.S3TestServer;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prints what 1 MiB ranged reads of a video in S3 cost through the application (/media/videos/{id}, which asks the
 * store for exactly that range) against the same ranges read from the object store directly, over real HTTP
 * connections to S3Mock running as its own process. Figures only, no assertions on time; the machine's load average
 * is printed with them. Not part of the normal test run: {@code bench/s3-range.sh}.
 */
@Tag("benchmark")
@Import(TestAccounts.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "limber.videos.max-upload-size=1GB")
class S3RangeBenchmark extends IntegrationTest {

    static final long VIDEO_BYTES = 64L << 20;
    static final int RANGE_BYTES = 1 << 20;
    static final int ROUNDS = 100;
    private static final String BUCKET = S3TestServer.get().newBucket();

    @DynamicPropertySource
    static void storeFilesInABucket(DynamicPropertyRegistry registry) {
        for (String property : S3TestServer.get().properties(BUCKET)) {
            String[] nameAndValue = property.split("=", 2);
            registry.add(nameAndValue[0], () -> nameAndValue[1]);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void oneMebibyteRangesThroughTheAppAndFromTheStoreDirectly() throws Exception {
        var coach = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(coach);
        long started = System.nanoTime();
        long id = videos.createUpload("long-run.mp4", new VideoStreamingBenchmark.GeneratedVideo(VIDEO_BYTES));
        System.out.printf("upload: %d MiB into S3 (multipart, 5 MiB parts) in %.2f s; load average %s%n",
                VIDEO_BYTES >> 20, (System.nanoTime() - started) / 1e9, loadAverage());
        String key = jdbc.queryForObject("select storage_key from videos where id = ?", String.class, id);
        SecurityContextHolder.clearContext();

        URI throughApp = URI.create("http://127.0.0.1:" + port + "/media/videos/" + id);
        URI direct = URI.create(S3TestServer.get().endpoint() + "/" + BUCKET + "/" + key);
        for (int i = 0; i < 20; i++) {
            range(throughApp, new SplittableRandom(i));
            range(direct, new SplittableRandom(i));
        }
        measure("through the app ", throughApp);
        measure("store directly  ", direct);
        measure("through the app ", throughApp);
        measure("store directly  ", direct);

        actAs(coach);
        videos.delete(id, videos.load(id).orElseThrow().getVersion());
    }

    private void measure(String label, URI uri) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        long[] latency = new long[ROUNDS];
        long ownCpu = os.getProcessCpuTime();
        long storeCpu = cpuNanosOf(S3TestServer.get().pid());
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            range(uri, random);
            latency[i] = System.nanoTime() - t;
        }
        double ownCpuMs = (os.getProcessCpuTime() - ownCpu) / 1e6 / ROUNDS;
        double storeCpuMs = (cpuNanosOf(S3TestServer.get().pid()) - storeCpu) / 1e6 / ROUNDS;
        System.out.printf("%s: %d x 1 MiB at random offsets of %d MiB: median %.1f ms, p90 %.1f ms, %.0f MiB/s; "
                        + "CPU per request: app+client JVM %.1f ms, S3Mock %.1f ms; load average %s%n", label, ROUNDS,
                VIDEO_BYTES >> 20, millis(latency, 0.5), millis(latency, 0.9),
                ROUNDS / (Arrays.stream(latency).sum() / 1e9), ownCpuMs, storeCpuMs, loadAverage());
    }

    private void range(URI uri, SplittableRandom random) throws Exception {
        long from = random.nextLong(VIDEO_BYTES - RANGE_BYTES);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Range", "bytes=" + from + "-" + (from + RANGE_BYTES - 1)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).hasSize(RANGE_BYTES);
    }

    /** User plus system CPU time of another process, from /proc (Linux); clock ticks are 1/100 s. */
    private static long cpuNanosOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static double millis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * quantile))] / 1e6;
    }
}
