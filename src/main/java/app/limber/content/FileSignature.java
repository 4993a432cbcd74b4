package app.limber.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * File types recognised by their first bytes rather than by their name, so that a text file or a picture renamed to
 * {@code .mp4} is refused.
 */
enum FileSignature {
    MP4("video/mp4"),
    WEBM("video/webm"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    /** How many leading bytes {@link #detect} wants to see. */
    static final int HEAD_LENGTH = 64;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] EBML_MAGIC = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String contentType;

    FileSignature(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileSignature> detect(byte[] head) {
        if (head.length >= 8 && ascii(head, 4, 4).equals("ftyp")) {
            return Optional.of(MP4);
        }
        // WebM is Matroska with the document type "webm", declared in the EBML header at the very start.
        if (startsWith(head, EBML_MAGIC) && ascii(head, 0, head.length).contains("webm")) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, Math.min(length, bytes.length - from), StandardCharsets.ISO_8859_1);
    }
}
