package app.limber.platform.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on files in a directory on local disk. */
class FilesystemStorageContractTest extends FileStorageContractTest {

    @TempDir
    Path directory;

    @Override
    KeyedStorage storage(Duration longestUpload, Clock clock) {
        return new FilesystemStorage(directory, longestUpload, clock);
    }

    @Override
    long leftovers() throws IOException {
        return FilesystemStorageTest.filesUnder(directory);
    }
}
