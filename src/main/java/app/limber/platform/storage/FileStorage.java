package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Stores files under keys it generates itself, so that nothing a user sends (a file name, a path) can decide where a
 * file ends up. Keys are opaque strings; callers keep them in the database next to what the file belongs to.
 * See docs/storage.md for how this maps to S3-compatible object storage.
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
     * The stored file as a Spring resource with a known length whose stream skips cheaply, so that Spring MVC can
     * answer HTTP Range requests without reading the bytes before the range.
     */
    Resource resource(String key);

    /** Removes a stored file; returns false if there was nothing under the key. */
    boolean delete(String key) throws IOException;

    /** A file that was stored: its generated key and size. */
    record StoredFile(String key, long size) {
    }
}
