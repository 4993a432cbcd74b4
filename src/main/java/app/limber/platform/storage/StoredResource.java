package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * A stored file as a Spring resource that can also be read from one byte range, so that a media endpoint answering
 * a {@code Range} request asks the storage for exactly those bytes (a seek on disk, a ranged GET on S3) instead of
 * reading and skipping what comes before.
 */
public interface StoredResource extends Resource {

    /** The {@code count} bytes starting at {@code start}; the caller closes the stream. */
    InputStream getInputStream(long start, long count) throws IOException;
}
