package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lengths read from MP4 and WebM headers written byte by byte here, the way encoders lay them out. */
class VideoLengthTest {

    @Test
    void anMp4sMovieHeaderGivesItsLengthEvenAfterTheMedia() {
        // 95.4 s at a time scale of 1000, the movie box after 200 kB of media (as cameras write it).
        byte[] file = MovieFiles.mp4(0, 1000, 95_400, false, 200_000);
        assertThat(length(FileSignature.MP4, file)).contains(95);
    }

    @Test
    void aVersionOneMovieHeaderWithSixtyFourBitTimesIsRead() {
        // Two hours at 90 kHz, the movie box first ("fast start").
        byte[] file = MovieFiles.mp4(1, 90_000, 90_000L * 7200, true, 1000);
        assertThat(length(FileSignature.MP4, file)).contains(7200);
    }

    @Test
    void aWebmsDurationIsScaledByItsTimestampScale() {
        // Default scale (1 ms): 12 345.6 ms as an 8-byte float.
        assertThat(length(FileSignature.WEBM, MovieFiles.webm(null, 12_345.6, true, false))).contains(12);
        // A scale of 0.1 ms and a 4-byte float, in a segment of unknown size (as live encoders write it).
        assertThat(length(FileSignature.WEBM, MovieFiles.webm(100_000L, 600_000f, false, false))).contains(60);
    }

    @Test
    void aFileThatStatesNoLengthGivesNone() {
        assertThat(length(FileSignature.MP4, VideoFixtures.mp4(5000))).isEmpty();
        assertThat(length(FileSignature.MP4, MovieFiles.mp4(0, 1000, 0xFFFFFFFFL, true, 10))).isEmpty();
        assertThat(length(FileSignature.MP4, MovieFiles.mp4(0, 0, 5000, true, 10))).isEmpty();
        assertThat(length(FileSignature.WEBM, VideoFixtures.webm(5000))).isEmpty();
        assertThat(length(FileSignature.WEBM, MovieFiles.webm(null, null, true, false))).isEmpty();
        // Media before the segment's Info: the header has no length to offer.
        assertThat(length(FileSignature.WEBM, MovieFiles.webm(null, 12_345.6, true, true))).isEmpty();
        // An upload cut short inside the movie header.
        byte[] cut = MovieFiles.mp4(0, 1000, 95_400, false, 200_000);
        assertThat(length(FileSignature.MP4, java.util.Arrays.copyOf(cut, cut.length - 150))).isEmpty();
    }

    @Test
    void theDemoVideosShippedWithLimberHaveALength() throws IOException {
        try (InputStream demo = getClass().getResourceAsStream("/demo/videos/toe-stretch.mp4")) {
            assertThat(VideoLength.of(FileSignature.MP4, demo)).hasValueSatisfying(seconds ->
                    assertThat(seconds).isPositive());
        }
    }

    private static Optional<Integer> length(FileSignature type, byte[] file) {
        return VideoLength.of(type, new ByteArrayInputStream(file));
    }
}
