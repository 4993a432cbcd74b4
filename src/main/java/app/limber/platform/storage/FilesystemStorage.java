package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Files in one directory on local disk ({@code limber.storage.directory}), fanned out into sub-directories by the
 * first two characters of the key. A file is written under a temporary name and moved into place only when complete,
 * so a half-written upload is never visible under a key.
 */
@Component
class FilesystemStorage implements FileStorage {

    private static final String INCOMING = "incoming";

    private final Path root;

    /** The directory is created with the first file, so that starting the app leaves nothing on disk. */
    FilesystemStorage(@Value("${limber.storage.directory:./data/files}") Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(InputStream content) throws IOException {
        String key = StorageKeys.generate();
        Path partial = Files.createDirectories(root.resolve(INCOMING)).resolve(key + ".part");
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                size = content.transferTo(out);
            }
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, size);
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(partial);
            throw failure;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(pathOf(key));
    }

    @Override
    public Resource resource(String key) {
        // A file channel underneath: skipping to a range start is a seek, not a read.
        return new FileSystemResource(pathOf(key));
    }

    @Override
    public boolean delete(String key) throws IOException {
        try {
            Files.delete(pathOf(key));
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /** The path for a key. Keys are UUIDs, so this stays inside the root; the check makes that explicit. */
    Path pathOf(String key) {
        StorageKeys.require(key);
        Path path = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!path.startsWith(root) || path.getParent() == null || !path.getParent().getParent().equals(root)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return path;
    }

    Path root() {
        return root;
    }
}
