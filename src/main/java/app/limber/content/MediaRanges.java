package app.limber.content;

import app.limber.platform.storage.StoredResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Media responses that pass a request's byte range down to the storage: a player seeking in a video asks for one
 * range, and only that range is read from disk or fetched from the object store (a ranged GET), never the bytes
 * before or after it. Requests without a range, with several ranges, or whose {@code If-Range} no longer matches get
 * the whole file, for Spring MVC to answer as usual.
 */
final class MediaRanges {

    private MediaRanges() {
    }

    /** 200 with the whole file, 206 with the one range asked for, or 416 when that range lies past the end. */
    static ResponseEntity<Resource> send(MediaFile file, HttpHeaders request, CacheControl cache) {
        MediaType type = MediaType.parseMediaType(file.contentType());
        HttpRange range = singleRange(request, file.etag());
        if (range == null || !(file.resource() instanceof StoredResource stored)) {
            return whole(file, type, cache);
        }
        long length;
        try {
            length = stored.contentLength();
        } catch (IOException unreadable) {
            // Spring MVC meets the same failure and answers it as it does for any unreadable file.
            return whole(file, type, cache);
        }
        long start = range.getRangeStart(length);
        long end = Math.min(range.getRangeEnd(length), length - 1);
        if (start >= length || end < start) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length)
                    .build();
        }
        long count = end - start + 1;
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .contentType(type)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + length)
                .contentLength(count)
                .cacheControl(cache)
                .eTag(file.etag())
                .body(new Part(stored, start, count));
    }

    private static ResponseEntity<Resource> whole(MediaFile file, MediaType type, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .cacheControl(cache)
                .eTag(file.etag())
                .body(file.resource());
    }

    /** The one range asked for, or null when there is none, several, a malformed header or a stale If-Range. */
    private static @Nullable HttpRange singleRange(HttpHeaders request, String etag) {
        String header = request.getFirst(HttpHeaders.RANGE);
        String ifRange = request.getFirst(HttpHeaders.IF_RANGE);
        if (header == null || (ifRange != null && !ifRange.strip().equals(etag))) {
            return null;
        }
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            return ranges.size() == 1 ? ranges.get(0) : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** One range of a stored file, read from the storage only when the response is written. */
    private static final class Part extends AbstractResource {

        private final StoredResource file;
        private final long start;
        private final long count;

        Part(StoredResource file, long start, long count) {
            this.file = file;
            this.start = start;
            this.count = count;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream(start, count);
        }

        @Override
        public long contentLength() {
            return count;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "bytes " + start + "+" + count + " of " + file.getDescription();
        }
    }
}
