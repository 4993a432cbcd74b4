package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints upload throughput through the real upload path (type check, size limit, storage) and the cost of HTTP Range
 * requests against a large stored file over a real HTTP connection. Figures only, no assertions on time. Not part of
 * the normal test run: {@code ./mvnw test -Pbenchmarks -Dtest=VideoStreamingBenchmark}.
 */
@Tag("benchmark")
@Import(TestAccounts.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "limber.videos.max-upload-size=1GB")
class VideoStreamingBenchmark extends IntegrationTest {

    static final long UPLOAD_BYTES = 200L << 20;
    static final int RANGE_BYTES = 1 << 20;

    @LocalServerPort
    int port;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploadThroughputAndRangeRequests() throws Exception {
        var coach = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(coach);
        long warmUp = videos.createUpload("warm-up.mp4", new GeneratedVideo(8L << 20));

        long start = System.nanoTime();
        long id = videos.createUpload("long-run.mp4", new GeneratedVideo(UPLOAD_BYTES));
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("upload: %d MB through type check + size limit + filesystem storage in %.2f s = %.0f MB/s%n",
                UPLOAD_BYTES >> 20, uploadSeconds, (UPLOAD_BYTES >> 20) / uploadSeconds);
        SecurityContextHolder.clearContext();

        URI uri = URI.create("http://localhost:" + port + "/media/videos/" + id);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20; i++) {
            range(uri, random);
        }
        int rounds = 200;
        long[] latency = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            range(uri, random);
            latency[i] = System.nanoTime() - t;
        }
        System.out.printf("range: 1 MB ranges at random offsets of a %d MB file, one client: median %.2f ms, "
                + "p90 %.2f ms, %.0f requests/s%n", UPLOAD_BYTES >> 20, millis(latency, 0.5), millis(latency, 0.9),
                rounds / (Arrays.stream(latency).sum() / 1e9));

        int clients = 4;
        int perClient = 100;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            long t = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom own = random.split();
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        range(uri, own);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("range: %d clients x %d requests of 1 MB: %.0f requests/s, %.0f MB/s%n", clients,
                    perClient, clients * perClient / seconds, clients * perClient / seconds);
        }

        long t = System.nanoTime();
        HttpResponse<InputStream> whole = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long read;
        try (InputStream body = whole.body()) {
            read = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        System.out.printf("full file: %d MB in %.0f ms (a 1 MB range costs a fraction of this: ranges seek, they "
                + "don't read from the start)%n", read >> 20, (System.nanoTime() - t) / 1e6);

        actAs(coach);
        for (long video : new long[] {warmUp, id}) {
            videos.delete(video, videos.load(video).orElseThrow().getVersion());
        }
    }

    private void range(URI uri, SplittableRandom random) throws Exception {
        long from = random.nextLong(UPLOAD_BYTES - RANGE_BYTES);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                .header("Range", "bytes=" + from + "-" + (from + RANGE_BYTES - 1)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).hasSize(RANGE_BYTES);
    }

    static double millis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * quantile))] / 1e6;
    }

    /** An MP4 header followed by generated bytes, produced as it is read: nothing is held in memory. */
    static final class GeneratedVideo extends InputStream {
        private final long length;
        private final byte[] header = VideoFixtures.mp4(16);
        private long position;

        GeneratedVideo(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            long p = position++;
            return p < header.length ? header[(int) p] & 0xFF : (int) (p % 251);
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                buffer[offset + i] = p < header.length ? header[(int) p] : (byte) (p % 251);
            }
            position += n;
            return n;
        }
    }
}
