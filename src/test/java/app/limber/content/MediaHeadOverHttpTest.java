package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** HEAD on media through the real server: the same status and headers as GET, and no body on the wire. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class MediaHeadOverHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    VideoService videos;

    @Test
    void headSaysWhatGetWouldSendWithoutSendingIt() throws Exception {
        actAs(accounts.create(Set.of(Role.INSTRUCTOR)));
        long video = videos.createUpload("calf raises.mp4", new ByteArrayInputStream(VideoFixtures.mp4(50_000)));
        SecurityContextHolder.clearContext();
        HttpClient client = HttpClient.newHttpClient();
        URI address = URI.create("http://localhost:" + port + "/media/videos/" + video);

        HttpResponse<byte[]> get = client.send(HttpRequest.newBuilder(address).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> head = client.send(
                HttpRequest.newBuilder(address).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(head.statusCode()).isEqualTo(200);
        for (String header : new String[] {"Content-Length", "Accept-Ranges", "Content-Type", "ETag"}) {
            assertThat(head.headers().firstValue(header)).as(header).isEqualTo(get.headers().firstValue(header))
                    .isPresent();
        }
        assertThat(head.headers().firstValue("Content-Length")).hasValue("50000");
        assertThat(head.body()).isEmpty();
    }
}
