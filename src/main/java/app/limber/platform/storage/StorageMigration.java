package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies every stored file from one storage to another under the same key: every key the database refers to, and
 * every file the source holds. Each copy is checked by its size in the target (a HEAD on S3); a file already in the
 * target with the right size is skipped, so a run that was interrupted is simply started again. The database does not
 * change: keys stay the same, only where the bytes live does.
 */
final class StorageMigration {

    /**
     * Every column that holds a storage key. A new kind of stored file must be added here, or the migration copies it
     * only while it is also in the source's listing.
     */
    static final String REFERENCED_KEYS = """
            select storage_key from videos where storage_key is not null
            union select poster_key from videos where poster_key is not null
            union select storage_key from routine_images
            union select storage_key from article_images
            union select storage_key from program_images
            union select storage_key from instructor_photos
            union select storage_key from picture_renditions
            """;

    /** The outcome of a run; a failed copy or a referenced file missing from the source is worth a non-zero exit. */
    record Summary(int copied, long bytesCopied, int alreadyThere, int missing, int failed) {

        int exitCode() {
            return failed > 0 ? 1 : missing > 0 ? 2 : 0;
        }
    }

    private final KeyedStorage source;
    private final KeyedStorage target;
    private final PrintStream out;
    private final Clock clock;

    StorageMigration(KeyedStorage source, KeyedStorage target, PrintStream out, Clock clock) {
        this.source = source;
        this.target = target;
        this.out = out;
        this.clock = clock;
    }

    /** The keys to copy: those the database refers to and those present in the source, in key order. */
    List<String> keys(JdbcTemplate database) throws IOException {
        TreeSet<String> keys = new TreeSet<>(database.queryForList(REFERENCED_KEYS, String.class));
        keys.removeIf(key -> !StorageKeys.isValid(key));
        keys.addAll(source.keys());
        return List.copyOf(keys);
    }

    Summary copy(List<String> keys) {
        long started = clock.millis();
        out.printf("Copying %d file(s) from %s to %s%n", keys.size(), source.describe(), target.describe());
        int copied = 0;
        int alreadyThere = 0;
        int missing = 0;
        int failed = 0;
        long bytes = 0;
        int done = 0;
        for (String key : keys) {
            done++;
            try {
                long size = source.size(key);
                if (sizeIn(target, key) == size) {
                    alreadyThere++;
                } else {
                    long stored;
                    try (InputStream in = source.open(key)) {
                        stored = target.storeAs(key, in);
                    }
                    long verified = sizeIn(target, key);
                    if (stored != size || verified != size) {
                        failed++;
                        out.printf("FAILED %s: %d bytes in the source, %d in the target%n", key, size, verified);
                    } else {
                        copied++;
                        bytes += size;
                        out.printf("[%d/%d] copied %s (%s)%n", done, keys.size(), key, readable(size));
                    }
                }
            } catch (NoSuchFileException gone) {
                missing++;
                out.printf("MISSING %s: the database refers to it, but the source has no such file%n", key);
            } catch (IOException | RuntimeException failure) {
                failed++;
                out.printf("FAILED %s: %s%n", key, failure.getMessage());
            }
            if (done % 100 == 0) {
                out.printf("[%d/%d] %d copied, %d already there%n", done, keys.size(), copied, alreadyThere);
            }
        }
        Summary summary = new Summary(copied, bytes, alreadyThere, missing, failed);
        out.printf("Done in %s: %d copied (%s), %d already there with the right size, %d missing in the source, "
                + "%d failed.%n", Duration.ofMillis(clock.millis() - started), copied, readable(bytes), alreadyThere,
                missing, failed);
        if (failed > 0) {
            out.println("Run the same command again to retry the failed files; copied ones are skipped.");
        }
        return summary;
    }

    /** The size of the file in the storage, or -1 when there is none. */
    private static long sizeIn(KeyedStorage storage, String key) throws IOException {
        try {
            return storage.size(key);
        } catch (NoSuchFileException none) {
            return -1;
        }
    }

    private static String readable(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
