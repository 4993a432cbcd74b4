package app.limber.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.AbstractResource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files as objects in one bucket of an S3-compatible store, named by their keys. A file up to one part long is one
 * {@code PUT}; a longer one is a multipart upload read from the stream a part at a time (memory stays bounded by one
 * part) and completed only when the stream ends, or aborted if anything fails, so no partial object ever becomes
 * visible. Ranges are ranged {@code GET}s; sizes come from {@code HEAD} (a served object's length is remembered).
 * Multipart uploads older than the longest an upload may take (left by a crash) are aborted when the app starts.
 */
final class S3Storage implements KeyedStorage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3Storage.class);
    /** S3 refuses parts under 5 MiB, except the last. */
    static final int SMALLEST_PART = 5 * 1024 * 1024;
    private static final int READ_CHUNK = 64 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String where;
    private final int partSize;
    private final Duration longestUpload;
    private final Clock clock;
    /**
     * Lengths of objects served lately, so that each seek in a video is one ranged GET rather than a HEAD and a GET.
     * Safe to keep: the bytes under a generated key never change (only the storage migration writes under an existing
     * key, and it evicts the entry, as a delete does).
     */
    private final Map<String, Long> knownLengths = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 10_000;
        }
    });

    S3Storage(S3Client s3, String bucket, String where, int partSize, Duration longestUpload, Clock clock) {
        if (partSize < SMALLEST_PART) {
            throw new IllegalArgumentException("Parts must be at least 5 MiB");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.where = where;
        this.partSize = partSize;
        this.longestUpload = longestUpload;
        this.clock = clock;
    }

    @Override
    public long storeAs(String key, InputStream content) throws IOException {
        StorageKeys.require(key);
        knownLengths.remove(key);
        Instant deadline = clock.instant().plus(longestUpload);
        byte[] part = new byte[partSize];
        int first = fill(content, part, deadline);
        if (first < partSize) {
            try {
                s3.putObject(put -> put.bucket(bucket).key(key).contentLength((long) first), body(part, first));
                return first;
            } catch (SdkException failure) {
                throw failed("store", key, failure);
            }
        }
        return storeInParts(key, content, part, deadline);
    }

    private long storeInParts(String key, InputStream content, byte[] part, Instant deadline) throws IOException {
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(create -> create.bucket(bucket).key(key)).uploadId();
        } catch (SdkException failure) {
            throw failed("store", key, failure);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            for (int length = part.length; length > 0; length = fill(content, part, deadline)) {
                int number = parts.size() + 1;
                long partLength = length;
                String etag = s3.uploadPart(upload -> upload.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).contentLength(partLength), body(part, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += length;
            }
            s3.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
            return size;
        } catch (SdkException failure) {
            abortQuietly(key, uploadId);
            throw failed("store", key, failure);
        } catch (IOException | RuntimeException | Error failure) {
            abortQuietly(key, uploadId);
            throw failure;
        }
    }

    /** Reads until the buffer is full or the stream ends; returns how many bytes it holds. */
    private int fill(InputStream content, byte[] buffer, Instant deadline) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int read = content.read(buffer, filled, Math.min(READ_CHUNK, buffer.length - filled));
            if (read == -1) {
                break;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IOException("The upload took longer than " + longestUpload + " and was stopped");
            }
            filled += read;
        }
        return filled;
    }

    /** The buffer's first bytes as a request body that the SDK can read again on a retry, without a copy. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }

    private void abortQuietly(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            log.warn("Could not abort the multipart upload of {} ({}); the bucket's lifecycle rule or the next start "
                    + "removes it: {}", key, uploadId, e.toString());
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        StorageKeys.require(key);
        try {
            return new ObjectStream(s3.getObject(get -> get.bucket(bucket).key(key)));
        } catch (SdkException failure) {
            throw failed("read", key, failure);
        }
    }

    private InputStream openRange(String key, long start, long count) throws IOException {
        if (count <= 0) {
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + start + "-" + (start + count - 1);
        try {
            return new ObjectStream(s3.getObject(get -> get.bucket(bucket).key(key).range(range)));
        } catch (SdkException failure) {
            throw failed("read", key, failure);
        }
    }

    @Override
    public long size(String key) throws IOException {
        StorageKeys.require(key);
        try {
            return s3.headObject(head -> head.bucket(bucket).key(key)).contentLength();
        } catch (SdkException failure) {
            throw failed("look up", key, failure);
        }
    }

    @Override
    public StoredResource resource(String key) {
        return new ObjectResource(StorageKeys.require(key));
    }

    /** A HEAD first, since S3 answers a DELETE of a missing object with success too. */
    @Override
    public boolean delete(String key) throws IOException {
        try {
            size(key);
        } catch (NoSuchFileException gone) {
            return false;
        }
        knownLengths.remove(key);
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
            return true;
        } catch (SdkException failure) {
            throw failed("delete", key, failure);
        }
    }

    @Override
    public List<String> keys() throws IOException {
        try {
            return s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream()
                    .map(S3Object::key)
                    .filter(StorageKeys::isValid)
                    .sorted()
                    .toList();
        } catch (SdkException failure) {
            throw new IOException("Could not list the objects in " + describe() + ": " + failure.getMessage(),
                    failure);
        }
    }

    /**
     * Aborts the multipart uploads that no running upload can still own (started longer ago than an upload may
     * take), as the filesystem storage removes its partial files: what a crash or kill -9 left behind.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int removeLeftoverUploads() {
        Instant before = clock.instant().minus(longestUpload);
        int removed = 0;
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(list -> list.bucket(bucket)).uploads()) {
                if (upload.initiated() != null && upload.initiated().isBefore(before)) {
                    abortQuietly(upload.key(), upload.uploadId());
                    removed++;
                }
            }
        } catch (SdkException e) {
            log.warn("Could not look for leftover multipart uploads in {}: {}", describe(), e.toString());
        }
        if (removed > 0) {
            log.info("Aborted {} leftover multipart upload(s) older than {} in {}", removed, longestUpload,
                    describe());
        }
        return removed;
    }

    @Override
    public String describe() {
        return "bucket " + bucket + " at " + where;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** A missing object is a {@link NoSuchFileException}, as on disk; anything else an IOException that says so. */
    private IOException failed(String what, String key, SdkException failure) {
        if (failure instanceof SdkServiceException service && service.statusCode() == 404) {
            return new NoSuchFileException(key);
        }
        return new IOException("Could not " + what + " " + key + " in " + describe() + ": " + failure.getMessage(),
                failure);
    }

    /**
     * An object's bytes as they arrive. Closing it before the end aborts the connection instead of letting the HTTP
     * client drain the rest of a possibly large object (a caller that reads only a video's header, say).
     */
    private static final class ObjectStream extends FilterInputStream {

        private final ResponseInputStream<GetObjectResponse> response;
        private boolean ended;

        ObjectStream(ResponseInputStream<GetObjectResponse> response) {
            super(response);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b == -1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            ended |= read == -1;
            return read;
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                response.abort();
            }
            super.close();
        }
    }

    /** An object as a resource: its length from one HEAD (kept), its bytes or one range of them from a GET. */
    private final class ObjectResource extends AbstractResource implements StoredResource {

        private final String key;
        private long length = -1;

        ObjectResource(String key) {
            this.key = key;
        }

        @Override
        public boolean exists() {
            try {
                contentLength();
                return true;
            } catch (IOException missingOrUnreachable) {
                return false;
            }
        }

        @Override
        public long contentLength() throws IOException {
            if (length < 0) {
                Long known = knownLengths.get(key);
                length = known != null ? known : size(key);
                knownLengths.put(key, length);
            }
            return length;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return open(key);
        }

        @Override
        public InputStream getInputStream(long start, long count) throws IOException {
            return openRange(key, start, count);
        }

        @Override
        public String getFilename() {
            return key;
        }

        @Override
        public String getDescription() {
            return "object " + key + " in " + describe();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ObjectResource that && that.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }
}
