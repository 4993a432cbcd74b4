package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.FileSystemResource;

/**
 * Files in one directory on local disk ({@code limber.storage.directory}), fanned out into sub-directories by the
 * first two characters of the key. A file is written under a temporary name and moved into place only when complete,
 * so a half-written upload is never visible under a key. An upload may take at most {@code longest-upload}; partial
 * files older than that (left by a crash or a kill -9) are removed when the app starts.
 */
class FilesystemStorage implements KeyedStorage {

    private static final Logger log = LoggerFactory.getLogger(FilesystemStorage.class);
    private static final String INCOMING = "incoming";
    private static final String PARTIAL = ".part";

    private final Path root;
    private final Duration longestUpload;
    private final Clock clock;

    /** The directory is created with the first file, so that starting the app leaves nothing on disk. */
    FilesystemStorage(Path directory, Duration longestUpload, Clock clock) {
        this.root = directory.toAbsolutePath().normalize();
        this.longestUpload = longestUpload;
        this.clock = clock;
    }

    FilesystemStorage(Path directory) {
        this(directory, Duration.ofHours(6), Clock.systemUTC());
    }

    /**
     * Removes partial uploads that no running upload can still own: those whose last write is older than the longest
     * an upload may take (each write touches the file, and a slower upload is cut off). Runs once at start-up.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int removeLeftoverUploads() {
        Path incoming = root.resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        Instant before = clock.instant().minus(longestUpload);
        int removed = 0;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(incoming, "*" + PARTIAL)) {
            for (Path partial : partials) {
                try {
                    if (Files.getLastModifiedTime(partial).toInstant().isBefore(before) && Files.deleteIfExists(partial)) {
                        removed++;
                    }
                } catch (IOException one) {
                    log.warn("Could not remove the leftover upload {}: {}", partial, one.toString());
                }
            }
        } catch (IOException listing) {
            log.warn("Could not look for leftover uploads in {}: {}", incoming, listing.toString());
        }
        if (removed > 0) {
            log.info("Removed {} leftover partial upload(s) older than {} from {}", removed, longestUpload, incoming);
        }
        return removed;
    }

    @Override
    public long storeAs(String key, InputStream content) throws IOException {
        Path target = pathOf(key);
        Path partial = Files.createDirectories(root.resolve(INCOMING)).resolve(key + PARTIAL);
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                size = copyWithinTheLongestUpload(content, out);
            }
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return size;
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(partial);
            throw failure;
        }
    }

    @Override
    public List<String> keys() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> StorageKeys.isValid(name) && Files.isRegularFile(pathOf(name)))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    private long copyWithinTheLongestUpload(InputStream content, OutputStream out) throws IOException {
        Instant deadline = clock.instant().plus(longestUpload);
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
            if (clock.instant().isAfter(deadline)) {
                throw new IOException("The upload took longer than " + longestUpload + " and was stopped");
            }
            out.write(buffer, 0, read);
            size += read;
        }
        return size;
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
    public StoredResource resource(String key) {
        return new FileResource(pathOf(key));
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

    /** A stored file whose ranges are read by seeking the file's channel to the start. */
    private static final class FileResource extends FileSystemResource implements StoredResource {

        FileResource(Path path) {
            super(path);
        }

        @Override
        public InputStream getInputStream(long start, long count) throws IOException {
            FileChannel channel = FileChannel.open(getFile().toPath(), StandardOpenOption.READ);
            try {
                channel.position(start);
                return new BoundedInputStream(Channels.newInputStream(channel), count);
            } catch (IOException | RuntimeException failure) {
                channel.close();
                throw failure;
            }
        }
    }
}
