package app.limber.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small files that look like what they claim to be (by their first bytes), with known content after the header. */
public final class VideoFixtures {

    private VideoFixtures() {
    }

    /** An MP4-looking file: a "ftyp" box, then bytes whose value is their offset modulo 251. */
    public static byte[] mp4(int length) {
        byte[] bytes = pattern(length);
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, length));
        return bytes;
    }

    public static byte[] webm(int length) {
        byte[] bytes = pattern(length);
        byte[] header = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    public static byte[] png(int length) {
        byte[] bytes = pattern(length);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }

    /** Regular files anywhere under the directory (so tests can say "nothing was left behind"). */
    public static long filesUnder(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
