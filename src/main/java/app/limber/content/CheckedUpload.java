package app.limber.content;

import app.limber.platform.storage.FileStorage;
import app.limber.platform.storage.FileStorage.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * An upload stored after a look at its first bytes: refused before anything is written when the type is wrong, and
 * cut off (leaving nothing behind) when it grows past the limit. Shared by videos, posters and routine pictures.
 */
record CheckedUpload(StoredFile file, FileSignature type) {

    static final Set<FileSignature> PICTURES = Set.of(FileSignature.PNG, FileSignature.JPEG, FileSignature.WEBP);

    static CheckedUpload store(FileStorage storage, InputStream content, Set<FileSignature> allowed, String wrongType,
            long maxBytes, String tooBig) {
        try {
            byte[] head = content.readNBytes(FileSignature.HEAD_LENGTH);
            FileSignature type = FileSignature.detect(head).filter(allowed::contains)
                    .orElseThrow(() -> new UploadRejectedException(wrongType));
            InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), content);
            StoredFile file = storage.store(new SizeLimitedInputStream(whole, maxBytes, tooBig));
            return new CheckedUpload(file, type);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload was interrupted", e);
        }
    }
}
