package app.limber.content;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a video's length from its container's header, without decoding anything: the movie header
 * ({@code moov/mvhd}: duration ÷ time scale) of an MP4, or {@code Segment/Info/Duration} × {@code TimestampScale} of a
 * WebM (Matroska). Only box and element headers are read; everything else is skipped, so an MP4 whose {@code moov}
 * comes after gigabytes of media costs a seek, not a read. A file without a usable length gives empty, never an error.
 */
final class VideoLength {

    /** A box or element larger than this is not a header we read into memory. */
    private static final long HEADER_MAX = 64 * 1024;

    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long TIMESTAMP_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;

    private final DataInputStream in;
    /** Bytes taken by the last size read (EBML sizes are 1 to 8 bytes long). */
    private int sizeLength;

    private VideoLength(InputStream content) {
        this.in = new DataInputStream(content);
    }

    /** The length in whole seconds (rounded; at least 1 for a non-empty video), if the header states one. */
    static Optional<Integer> of(FileSignature type, InputStream content) {
        try {
            double seconds = switch (type) {
                case MP4 -> new VideoLength(content).mp4();
                case WEBM -> new VideoLength(content).webm();
                default -> -1;
            };
            if (!(seconds > 0) || seconds > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return Optional.of((int) Math.max(1, Math.round(seconds)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    // ---- MP4 (ISO base media file format) ----

    private double mp4() throws IOException {
        while (true) {
            long size = Integer.toUnsignedLong(in.readInt());
            int type = in.readInt();
            long header = 8;
            if (size == 1) {
                size = in.readLong();
                header = 16;
            }
            if (type == box("moov")) {
                return mvhd(size == 0 ? Long.MAX_VALUE : size - header);
            }
            if (size == 0 || size < header) {
                return -1; // the last box, or a broken size: no movie header in this file
            }
            in.skipNBytes(size - header);
        }
    }

    private double mvhd(long remaining) throws IOException {
        while (remaining >= 8) {
            long size = Integer.toUnsignedLong(in.readInt());
            int type = in.readInt();
            if (size < 8 || size > remaining) {
                return -1;
            }
            if (type == box("mvhd")) {
                int version = in.readUnsignedByte();
                in.skipNBytes(3);
                long timescale;
                long duration;
                if (version == 1) {
                    in.skipNBytes(16);
                    timescale = Integer.toUnsignedLong(in.readInt());
                    duration = in.readLong();
                } else {
                    in.skipNBytes(8);
                    timescale = Integer.toUnsignedLong(in.readInt());
                    duration = Integer.toUnsignedLong(in.readInt());
                }
                // All ones means "unknown" (a fragmented file still being written).
                boolean unknown = version == 1 ? duration == -1L : duration == 0xFFFFFFFFL;
                return timescale == 0 || unknown || duration < 0 ? -1 : (double) duration / timescale;
            }
            in.skipNBytes(size - 8);
            remaining -= size;
        }
        return -1;
    }

    private static int box(String type) {
        return (type.charAt(0) << 24) | (type.charAt(1) << 16) | (type.charAt(2) << 8) | type.charAt(3);
    }

    // ---- WebM / Matroska (EBML) ----

    private double webm() throws IOException {
        if (elementId() != EBML) {
            return -1;
        }
        in.skipNBytes(requireKnown(elementSize()));
        if (elementId() != SEGMENT) {
            return -1;
        }
        long segment = elementSize();
        long read = 0;
        while (segment < 0 || read < segment) {
            long id = elementId();
            long size = elementSize();
            read += idLength(id) + sizeLength;
            if (id == INFO) {
                if (size < 0 || size > HEADER_MAX) {
                    return -1;
                }
                return info(size);
            }
            if (id == CLUSTER || size < 0) {
                return -1; // media before any Info: no length in the header
            }
            in.skipNBytes(size);
            read += size;
        }
        return -1;
    }

    private double info(long length) throws IOException {
        long scale = 1_000_000; // nanoseconds per timestamp tick, Matroska's default
        double duration = -1;
        long read = 0;
        while (read < length) {
            long id = elementId();
            long size = requireKnown(elementSize());
            read += idLength(id) + sizeLength + size;
            if (id == TIMESTAMP_SCALE && size >= 1 && size <= 8) {
                scale = unsigned((int) size);
            } else if (id == DURATION && size == 4) {
                duration = in.readFloat();
            } else if (id == DURATION && size == 8) {
                duration = in.readDouble();
            } else {
                in.skipNBytes(size);
            }
        }
        return duration < 0 ? -1 : duration * scale / 1e9;
    }

    /** An element ID, marker bits kept (as the specification writes IDs). */
    private long elementId() throws IOException {
        int first = in.readUnsignedByte();
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (length < 1 || length > 4) {
            throw new EOFException("not an EBML element ID");
        }
        long id = first;
        for (int i = 1; i < length; i++) {
            id = (id << 8) | in.readUnsignedByte();
        }
        return id;
    }

    private static int idLength(long id) {
        return id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
    }

    /** An element's data size; -1 for "unknown" (all value bits set), as live streams write the Segment. */
    private long elementSize() throws IOException {
        int first = in.readUnsignedByte();
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (length < 1 || length > 8) {
            throw new EOFException("not an EBML size");
        }
        sizeLength = length;
        long value = first & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        for (int i = 1; i < length; i++) {
            int next = in.readUnsignedByte();
            allOnes &= next == 0xFF;
            value = (value << 8) | next;
        }
        return allOnes ? -1 : value;
    }

    private static long requireKnown(long size) throws EOFException {
        if (size < 0) {
            throw new EOFException("unknown size where a size is needed");
        }
        return size;
    }

    private long unsigned(int length) throws IOException {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | in.readUnsignedByte();
        }
        return value;
    }
}
