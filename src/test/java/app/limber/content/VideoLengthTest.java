package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    /** Minimal MP4 and WebM files: the header boxes and elements that matter, and filler standing for the media. */
    static final class MovieFiles {

        private MovieFiles() {
        }

        static byte[] mp4(int version, long timescale, long duration, boolean movieFirst, int mediaBytes) {
            ByteBuffer mvhd = ByteBuffer.allocate(version == 1 ? 112 : 100);
            mvhd.putInt(version << 24); // version and flags
            if (version == 1) {
                mvhd.putLong(0).putLong(0).putInt((int) timescale).putLong(duration);
            } else {
                mvhd.putInt(0).putInt(0).putInt((int) timescale).putInt((int) duration);
            }
            mvhd.putInt(0x00010000); // rate 1.0, the rest (volume, matrix, next track id) left zero
            byte[] moov = box("moov", concat(box("free", new byte[7]), box("mvhd", mvhd.array()),
                    box("trak", new byte[40])));
            byte[] ftyp = box("ftyp", "isom\0\0\u0002\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
            byte[] mdat = box("mdat", new byte[mediaBytes]);
            return movieFirst ? concat(ftyp, moov, mdat) : concat(ftyp, mdat, moov);
        }

        static byte[] webm(Long timestampScale, Number duration, boolean knownSegmentSize, boolean clusterFirst) {
            byte[] ebml = element(0x1A45DFA3, concat(element(0x4282, "webm".getBytes(StandardCharsets.US_ASCII)),
                    element(0x4287, new byte[] {4})));
            ByteArrayOutputStream info = new ByteArrayOutputStream();
            if (timestampScale != null) {
                info.writeBytes(element(0x2AD7B1, ByteBuffer.allocate(4).putInt(timestampScale.intValue()).array()));
            }
            info.writeBytes(element(0x4D80, "Limber test".getBytes(StandardCharsets.US_ASCII)));
            if (duration instanceof Double d) {
                info.writeBytes(element(0x4489, ByteBuffer.allocate(8).putDouble(d).array()));
            } else if (duration instanceof Float f) {
                info.writeBytes(element(0x4489, ByteBuffer.allocate(4).putFloat(f).array()));
            }
            byte[] seekHead = element(0x114D9B74, new byte[20]);
            byte[] voidElement = element(0xEC, new byte[9]);
            byte[] cluster = element(0x1F43B675, new byte[300]);
            byte[] children = clusterFirst ? concat(seekHead, cluster, element(0x1549A966, info.toByteArray()))
                    : concat(seekHead, voidElement, element(0x1549A966, info.toByteArray()), cluster);
            byte[] segmentSize = knownSegmentSize ? size(children.length)
                    : new byte[] {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                            (byte) 0xFF};
            return concat(ebml, id(0x18538067), segmentSize, children);
        }

        private static byte[] box(String type, byte[] payload) {
            return concat(ByteBuffer.allocate(4).putInt(8 + payload.length).array(),
                    type.getBytes(StandardCharsets.US_ASCII), payload);
        }

        private static byte[] element(long id, byte[] payload) {
            return concat(id(id), size(payload.length), payload);
        }

        private static byte[] id(long id) {
            int length = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (id >> (8 * (length - 1 - i)));
            }
            return bytes;
        }

        /** An EBML size: one byte below 127, else four (0x10 marker). */
        private static byte[] size(int size) {
            return size < 127 ? new byte[] {(byte) (0x80 | size)}
                    : ByteBuffer.allocate(4).putInt(0x10000000 | size).array();
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                try {
                    out.write(part);
                } catch (IOException impossible) {
                    throw new UncheckedIOException(impossible);
                }
            }
            return out.toByteArray();
        }
    }
}
