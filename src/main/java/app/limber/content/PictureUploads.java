package app.limber.content;

import app.limber.platform.storage.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Picture uploads for routines, articles and programs: one set of checks (PNG, JPEG or WebP by their first bytes,
 * size-capped, generated names), the stored file served back, and removal once nothing refers to it.
 */
@Component
public class PictureUploads {

    private static final Logger log = LoggerFactory.getLogger(PictureUploads.class);

    /** A stored picture: where its bytes are, what type, how big. */
    public record Stored(String storageKey, String contentType, long sizeBytes) {
    }

    private final FileStorage storage;
    private final PictureRenditions renditions;
    private final long maxBytes;

    PictureUploads(FileStorage storage, PictureRenditions renditions,
            @Value("${limber.images.max-size:2MB}") DataSize maxSize) {
        this.storage = storage;
        this.renditions = renditions;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the picture; refused with {@link UploadRejectedException} (nothing kept) when it isn't one or is too big. */
    public Stored store(InputStream content) {
        CheckedUpload stored = CheckedUpload.store(storage, content, CheckedUpload.PICTURES,
                RoutineService.NOT_A_PICTURE, maxBytes,
                "The picture is larger than " + DataSizes.format(maxBytes) + ". Use a smaller one.");
        return new Stored(stored.file().key(), stored.type().contentType(), stored.file().size());
    }

    /**
     * Stores the picture and records it through {@code record}, which returns the new row's id; if recording fails,
     * the stored file is removed again so that nothing is left without a row.
     */
    public long storeAndRecord(InputStream content, ToLongFunction<Stored> record) {
        Stored stored = store(content);
        try {
            return record.applyAsLong(stored);
        } catch (RuntimeException failure) {
            deleteQuietly(stored.storageKey());
            throw failure;
        }
    }

    /** The stored picture as the media endpoints send it. */
    public MediaFile open(String storageKey, String contentType) {
        return new MediaFile(storage.resource(storageKey), contentType, "\"" + storageKey + "\"");
    }

    /** The stored picture in one of the sizes pages show, made on first use (see {@link PictureRenditions}). */
    public MediaFile openSize(String storageKey, String contentType, PictureSize size) {
        return renditions.open(storageKey, contentType, size);
    }

    /** Removes a stored picture that is no longer referenced, with its sizes; a failure is logged, not thrown. */
    public void deleteQuietly(String storageKey) {
        renditions.forget(storageKey);
        try {
            storage.delete(storageKey);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored file {}; it is no longer referenced", storageKey, e);
        }
    }
}
