package app.limber.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Minimal MP4 and WebM files: the header boxes and elements that matter, and filler standing for the media. */
public final class MovieFiles {

    private MovieFiles() {
    }

    public static byte[] mp4(int version, long timescale, long duration, boolean movieFirst, int mediaBytes) {
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

    public static byte[] webm(Long timestampScale, Number duration, boolean knownSegmentSize, boolean clusterFirst) {
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
