package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.limber.IntegrationTest;
import app.limber.account.TestAccounts;
import app.limber.account.Role;
import app.limber.platform.storage.S3TestServer;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The application with LIMBER_STORAGE=s3 on a real S3-compatible server: an uploaded video lands in the bucket, a
 * player's seek is answered with 206 from a ranged GET of exactly that range (one HEAD first, for the video's length),
 * and deleting the video removes the object.
 */
@Import({TestAccounts.class, S3MediaTest.RecordedGets.class})
class S3MediaTest extends IntegrationTest {

    static final int SIZE = 1_500_000;
    static final byte[] BYTES = VideoFixtures.mp4(SIZE);
    private static final String BUCKET = S3TestServer.get().newBucket();

    @DynamicPropertySource
    static void storeFilesInABucket(DynamicPropertyRegistry registry) {
        for (String property : S3TestServer.get().properties(BUCKET)) {
            String[] nameAndValue = property.split("=", 2);
            registry.add(nameAndValue[0], () -> nameAndValue[1]);
        }
    }

    /**
     * Every GET the storage sends to the object store (the range asked for and the length of what came back), and
     * every HEAD.
     */
    @TestConfiguration
    static class RecordedGets implements ExecutionInterceptor {

        final List<String> gets = new CopyOnWriteArrayList<>();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            SdkResponse response = context.response();
            if (context.request() instanceof GetObjectRequest request && response instanceof GetObjectResponse got) {
                gets.add(request.range() + " -> " + got.contentLength());
            } else if (context.request() instanceof HeadObjectRequest) {
                gets.add("HEAD");
            }
        }
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RecordedGets recorded;

    MockMvc http;
    long video;

    @BeforeEach
    void aVideoUploadedToTheBucket() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        video = videos.createUpload("runners sun salute.mp4", new ByteArrayInputStream(BYTES));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        recorded.gets.clear();
    }

    private String storageKey() {
        return jdbc.queryForObject("select storage_key from videos where id = ?", String.class, video);
    }

    @Test
    void theUploadIsAnObjectInTheBucket() {
        try (S3Client s3 = S3TestServer.get().client()) {
            assertThat(s3.headObject(head -> head.bucket(BUCKET).key(storageKey())).contentLength()).isEqualTo(SIZE);
        }
    }

    @Test
    void aSeekFetchesOnlyThatRangeFromTheBucket() throws Exception {
        MockHttpServletResponse response = http.perform(get("/media/videos/" + video)
                .header("Range", "bytes=1000000-1099999")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 1000000-1099999/" + SIZE);
        assertThat(response.getHeader("Content-Length")).isEqualTo("100000");
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, 1_000_000, 1_100_000));
        assertThat(recorded.gets).containsExactly("HEAD", "bytes=1000000-1099999 -> 100000");
    }

    @Test
    void laterSeeksInTheSameVideoAreOneRangedGetEach() throws Exception {
        for (String range : new String[] {"bytes=0-99", "bytes=500000-500099", "bytes=1400000-1400099"}) {
            assertThat(http.perform(get("/media/videos/" + video).header("Range", range)).andReturn().getResponse()
                    .getStatus()).isEqualTo(206);
        }
        assertThat(recorded.gets).containsExactly("HEAD", "bytes=0-99 -> 100", "bytes=500000-500099 -> 100",
                "bytes=1400000-1400099 -> 100");
    }

    @Test
    void anOpenEndedRangeAndTheWholeFileComeFromTheBucketToo() throws Exception {
        MockHttpServletResponse tail = http.perform(get("/media/videos/" + video).header("Range", "bytes=-100"))
                .andReturn().getResponse();
        MockHttpServletResponse whole = http.perform(get("/media/videos/" + video)).andReturn().getResponse();

        assertThat(tail.getStatus()).isEqualTo(206);
        assertThat(tail.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, SIZE - 100, SIZE));
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getContentAsByteArray()).isEqualTo(BYTES);
        assertThat(recorded.gets).containsExactly("HEAD", "bytes=1499900-1499999 -> 100", "null -> " + SIZE);
    }

    @Test
    void aRangePastTheEndIsNotSatisfiableWithoutFetchingAnything() throws Exception {
        MockHttpServletResponse response = http.perform(get("/media/videos/" + video)
                .header("Range", "bytes=2000000-")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes */" + SIZE);
        assertThat(recorded.gets).as("its length only").containsExactly("HEAD");
    }

    @Test
    void deletingTheVideoRemovesTheObjectAfterTheCommit() {
        String key = storageKey();
        actAs(accounts.create(Set.of(Role.ADMIN)));
        videos.delete(video, videos.load(video).orElseThrow().getVersion());

        try (S3Client s3 = S3TestServer.get().client()) {
            assertThatThrownBy(() -> s3.headObject(head -> head.bucket(BUCKET).key(key)))
                    .isInstanceOfSatisfying(S3Exception.class, gone -> assertThat(gone.statusCode()).isEqualTo(404));
        }
    }
}
