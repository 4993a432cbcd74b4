package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stores files under keys it generates itself, so that nothing a user sends (a file name, a path) can decide where a
 * file ends up. Keys are opaque strings; callers keep them in the database next to what the file belongs to.
 * Two implementations: files on local disk ({@link FilesystemStorage}) and objects in an S3-compatible bucket
 * ({@link S3Storage}); see docs/storage.md. A missing file is a {@link java.nio.file.NoSuchFileException}.
 */
public interface FileStorage {

    /**
     * Copies the stream into a new file under a freshly generated key. If reading or writing fails (including a
     * size limit enforced by the stream itself), nothing is left behind and the exception is passed on.
     */
    StoredFile store(InputStream content) throws IOException;

    /** Reads a stored file from its start; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** The size of a stored file in bytes. */
    long size(String key) throws IOException;

    /**
     * The stored file as a Spring resource with a known length that also reads a single byte range, so that a media
     * endpoint can answer HTTP Range requests without reading the bytes before or after the range. Nothing is read
     * until the resource is asked for its length or bytes; a missing file shows then ({@code exists()} is false).
     */
    StoredResource resource(String key);

    /** Removes a stored file; returns false if there was nothing under the key. */
    boolean delete(String key) throws IOException;

    /** A file that was stored: its generated key and size. */
    record StoredFile(String key, long size) {
    }
}
