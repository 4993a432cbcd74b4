package app.limber.content;

import static app.limber.content.VideoFixtures.filesUnder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import app.limber.account.Role;
import app.limber.account.SignedInPerson;
import app.limber.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TestAccounts.class)
class VideoUploadTest extends IntegrationTest {

    @Autowired
    VideoService videos;

    @Autowired
    TestAccounts accounts;

    Path storageRoot = storageDirectory();

    SignedInPerson coach;

    @BeforeEach
    void anInstructor() throws IOException {
        coach = accounts.create(Set.of(Role.INSTRUCTOR));
        actAs(coach);
        clearStorage();
    }

    @Test
    void anMp4IsStoredAsSentAndRecordedWithItsTypeAndName() throws IOException {
        byte[] bytes = VideoFixtures.mp4(300_000);

        long id = videos.createUpload("post-run_toe-stretch.mp4", new ByteArrayInputStream(bytes));

        VideoDraft draft = videos.load(id).orElseThrow();
        assertThat(draft.getTitle()).isEqualTo("post run toe stretch");
        assertThat(draft.getContentType()).isEqualTo("video/mp4");
        assertThat(draft.getSizeBytes()).isEqualTo(bytes.length);
        assertThat(draft.getOriginalFilename()).isEqualTo("post-run_toe-stretch.mp4");
        MediaFile file = videos.openVideoFile(id).orElseThrow();
        try (InputStream in = file.resource().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void anUploadedVideoGetsTheLengthItsHeaderStatesAndShowsItInTheList() {
        long mp4 = videos.createUpload("toe stretch.mp4", new ByteArrayInputStream(
                MovieFiles.mp4(0, 600, 600L * 83, false, 50_000)));
        long webm = videos.createUpload("sun salutation.webm", new ByteArrayInputStream(
                MovieFiles.webm(null, 214_500.0, true, false)));
        long unknown = videos.createUpload("no header.mp4", new ByteArrayInputStream(VideoFixtures.mp4(5000)));

        assertThat(videos.load(mp4).orElseThrow().getDurationSeconds()).isEqualTo(83);
        assertThat(videos.load(webm).orElseThrow().getDurationSeconds()).isEqualTo(215);
        assertThat(videos.load(unknown).orElseThrow().getDurationSeconds()).isNull();
        assertThat(videos.list("", org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(VideoSummary::title, VideoSummary::durationSeconds)
                .contains(org.assertj.core.groups.Tuple.tuple("toe stretch", 83),
                        org.assertj.core.groups.Tuple.tuple("sun salutation", 215));
    }

    @Test
    void aWebmIsRecognisedByItsHeader() {
        long id = videos.createUpload("sun salutation.webm", new ByteArrayInputStream(VideoFixtures.webm(5000)));
        assertThat(videos.load(id).orElseThrow().getContentType()).isEqualTo("video/webm");
    }

    @Test
    void aPictureRenamedToMp4IsRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> videos.createUpload("holiday.mp4", new ByteArrayInputStream(VideoFixtures.png(5000))))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("isn't an MP4 or WebM");
        assertNothingStored();
    }

    @Test
    void textRenamedToMp4IsRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> videos.createUpload("notes.mp4",
                new ByteArrayInputStream(VideoFixtures.text("ankle circles, then toe stretch"))))
                .isInstanceOf(UploadRejectedException.class);
        assertThatThrownBy(() -> videos.createUpload("empty.mp4", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(UploadRejectedException.class);
        assertNothingStored();
    }

    @Test
    void aFileOverTheLimitIsCutOffWhileStreamingAndThePartialFileDeleted() throws IOException {
        // The test profile sets limber.videos.max-upload-size=2MB.
        long limit = videos.maxUploadBytes();
        int[] read = new int[1];
        InputStream endless = new InputStream() {
            final byte[] header = VideoFixtures.mp4(16);

            @Override
            public int read() {
                return read[0] < header.length ? header[read[0]++] & 0xFF : (read[0]++ & 0x7F);
            }
        };

        assertThatThrownBy(() -> videos.createUpload("marathon.mp4", endless))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("larger than 2 MB");
        assertThat((long) read[0]).as("stopped reading soon after the limit").isLessThan(limit + 64 * 1024);
        assertNothingStored();
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() {
        long id = videos.createUpload("exact.mp4",
                new ByteArrayInputStream(VideoFixtures.mp4((int) videos.maxUploadBytes())));
        assertThat(videos.load(id).orElseThrow().getSizeBytes()).isEqualTo(videos.maxUploadBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.mp4", "a\\b.mp4", "..\\..\\windows\\x.mp4", "evil\u0000.mp4", "/abs/path.mp4",
            "..", ""})
    void fileNamesNeverDecideWhereTheFileGoes(String name) throws IOException {
        long id = videos.createUpload(name, new ByteArrayInputStream(VideoFixtures.mp4(1000)));

        VideoDraft draft = videos.load(id).orElseThrow();
        assertThat(draft.getOriginalFilename()).doesNotContain("/", "\\", "\u0000").isNotEqualTo("..");
        try (Stream<Path> files = Files.walk(storageRoot)) {
            assertThat(files.filter(Files::isRegularFile).toList()).singleElement().satisfies(path -> {
                assertThat(path.toRealPath()).startsWith(storageRoot.toRealPath());
                assertThat(path.getFileName().toString()).matches("[0-9a-f-]{36}");
            });
        }
    }

    @Test
    void aPosterMustBeAPicture() throws IOException {
        long id = videos.createUpload("toe stretch.mp4", new ByteArrayInputStream(VideoFixtures.mp4(1000)));
        long version = videos.load(id).orElseThrow().getVersion();

        assertThatThrownBy(() -> videos.replacePoster(id, version, "poster.png",
                new ByteArrayInputStream(VideoFixtures.mp4(1000)))).isInstanceOf(UploadRejectedException.class);
        assertThat(filesUnder(storageRoot)).isEqualTo(1);

        VideoDraft withPoster = videos.replacePoster(id, version, "poster.png",
                new ByteArrayInputStream(VideoFixtures.png(2000)));
        assertThat(withPoster.hasPoster()).isTrue();
        assertThat(videos.openPoster(id).orElseThrow().contentType()).isEqualTo("image/png");

        videos.replacePoster(id, withPoster.getVersion(), "poster2.png", new ByteArrayInputStream(VideoFixtures.png(10)));
        assertThat(filesUnder(storageRoot)).as("the old poster is removed").isEqualTo(2);
    }

    @Test
    void deletingAVideoRemovesItsFiles() throws IOException {
        long id = videos.createUpload("toe stretch.mp4", new ByteArrayInputStream(VideoFixtures.mp4(1000)));
        long version = videos.load(id).orElseThrow().getVersion();

        videos.delete(id, version);

        assertThat(videos.load(id)).isEmpty();
        assertNothingStored();
    }

    private void assertNothingStored() throws IOException {
        assertThat(filesUnder(storageRoot)).as("files left in storage").isZero();
        assertThat(jdbc.queryForObject("select count(*) from videos", Long.class)).isZero();
    }

    private void clearStorage() throws IOException {
        if (!Files.exists(storageRoot)) {
            return;
        }
        try (Stream<Path> files = Files.walk(storageRoot)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }
}
