package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The media endpoint through the whole filter chain: Range requests, caching headers and who may read what. */
@Import(TestAccounts.class)
class VideoMediaTest extends IntegrationTest {

    static final int SIZE = 100_000;
    static final byte[] BYTES = VideoFixtures.mp4(SIZE);

    @Autowired
    WebApplicationContext context;

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    MockMvc http;
    SignedInPerson coach;
    long publicVideo;
    long membersVideo;

    @BeforeEach
    void twoVideos() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        coach = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(coach);
        publicVideo = videos.createUpload("ankle test.mp4", new ByteArrayInputStream(BYTES));
        membersVideo = videos.createUpload("members.mp4", new ByteArrayInputStream(BYTES));
        VideoDraft draft = videos.load(membersVideo).orElseThrow();
        draft.setVisibility(Visibility.MEMBERS);
        videos.save(draft);
        forgetTheCallerForRequests();
    }

    private void forgetTheCallerForRequests() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andReturn().getResponse();
    }

    @Test
    void theWholeFileWithoutARange() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("video/mp4");
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getContentLengthLong()).isEqualTo(SIZE);
        assertThat(response.getHeader("ETag")).matches("\"[0-9a-f-]{36}\"");
        assertThat(response.getHeaders("Cache-Control")).containsExactly("max-age=3600, private");
        assertThat(response.getContentAsByteArray()).isEqualTo(BYTES);
    }

    @Test
    void aClosedRangeIsPartialContent() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo).header("Range", "bytes=1000-1999"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 1000-1999/" + SIZE);
        assertThat(response.getContentLengthLong()).isEqualTo(1000);
        assertThat(response.getContentType()).isEqualTo("video/mp4");
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, 1000, 2000));
    }

    @Test
    void anOpenEndedRangeRunsToTheEnd() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo).header("Range", "bytes=99000-"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 99000-99999/" + SIZE);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, 99_000, SIZE));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo).header("Range", "bytes=-500"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 99500-99999/" + SIZE);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, 99_500, SIZE));
    }

    @Test
    void aRangeBeyondTheEndIsNotSatisfiable() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo).header("Range", "bytes=200000-"));

        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes */" + SIZE);
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        String etag = send(get("/media/videos/" + publicVideo)).getHeader("ETag");

        MockHttpServletResponse response = send(get("/media/videos/" + publicVideo).header("If-None-Match", etag));

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void membersOnlyVideosAreRefusedToAnonymousVisitors() throws Exception {
        MockHttpServletResponse response = send(get("/media/videos/" + membersVideo).header("Range", "bytes=0-99"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void membersOnlyVideosPlayForSignedInRunners() throws Exception {
        SignedInPerson runner = accounts.create(Set.of(Role.RUNNER));
        var signedIn = new UsernamePasswordAuthenticationToken(runner, null, runner.getAuthorities());

        MockHttpServletResponse response = send(get("/media/videos/" + membersVideo).header("Range", "bytes=0-99")
                .with(authentication(signedIn)));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(BYTES, 0, 100));
    }

    @Test
    void unknownVideosAndMissingPostersAreNotFound() throws Exception {
        assertThat(send(get("/media/videos/987654")).getStatus()).isEqualTo(404);
        assertThat(send(get("/media/posters/" + publicVideo)).getStatus()).isEqualTo(404);
        assertThat(send(get("/media/videos/not-a-number")).getStatus()).isEqualTo(400);
    }

    @Test
    void postersAreServedWithTheirPictureType() throws Exception {
        actAs(coach);
        long version = videos.load(publicVideo).orElseThrow().getVersion();
        videos.replacePoster(publicVideo, version, "poster.png", new ByteArrayInputStream(VideoFixtures.png(3000)));
        forgetTheCallerForRequests();

        MockHttpServletResponse response = send(get("/media/posters/" + publicVideo));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(VideoFixtures.png(3000));
    }

    @Test
    void mediaCannotBeWrittenTo() throws Exception {
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/media/videos/" + publicVideo);
        assertThat(send(post).getStatus()).isIn(401, 403);
    }

    @Test
    void headAnswersLikeGetWithoutTheBody() throws Exception {
        MockHttpServletResponse get = send(get("/media/videos/" + publicVideo));
        MockHttpServletResponse head = send(head("/media/videos/" + publicVideo));

        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentType()).isEqualTo("video/mp4");
        assertThat(head.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(head.getContentLengthLong()).isEqualTo(SIZE);
        assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
        // MockMvc keeps what the controller wrote; the servlet container drops it (MediaHeadOverHttpTest)
    }

    @Test
    void headOfARangeIsPartialContentWithoutTheBody() throws Exception {
        MockHttpServletResponse head = send(head("/media/videos/" + publicVideo).header("Range", "bytes=1000-1999"));

        assertThat(head.getStatus()).isEqualTo(206);
        assertThat(head.getHeader("Content-Range")).isEqualTo("bytes 1000-1999/" + SIZE);
    }

    @Test
    void headFollowsTheSameAccessRulesAsGet() throws Exception {
        assertThat(send(head("/media/videos/" + membersVideo)).getStatus())
                .isEqualTo(send(get("/media/videos/" + membersVideo)).getStatus())
                .isEqualTo(401);
        assertThat(send(head("/media/videos/999999")).getStatus()).isEqualTo(404);
    }
}
