package app.limber.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What copying between storages ({@link StorageMigration}) needs beyond {@link FileStorage}: the keys present and
 * writing under a key that already exists elsewhere. Package-private: the application itself only ever stores under
 * keys the storage generates.
 */
interface KeyedStorage extends FileStorage, AutoCloseable {

    /** Every key under which a complete file is stored (partial uploads are never listed). */
    List<String> keys() throws IOException;

    /**
     * Stores the stream under the given key, replacing any file there; like {@link #store}, complete or not at all.
     * Returns the number of bytes stored.
     */
    long storeAs(String key, InputStream content) throws IOException;

    @Override
    default StoredFile store(InputStream content) throws IOException {
        String key = StorageKeys.generate();
        return new StoredFile(key, storeAs(key, content));
    }

    /** Where the files are, for messages: a directory or a bucket and endpoint. */
    String describe();

    /** Lets go of connections, if the storage has any. */
    @Override
    default void close() {
    }
}
