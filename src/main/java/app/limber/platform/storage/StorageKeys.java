package app.limber.platform.storage;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Storage keys: random UUIDs in canonical lower-case form, and nothing else. */
public final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StorageKeys() {
    }

    static String generate() {
        return UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
    }

    /** True for a key this storage could have generated. */
    public static boolean isValid(String key) {
        return KEY.matcher(key).matches();
    }

    /** Refuses anything that is not a generated key, which rules out separators, dots and control characters. */
    static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return key;
    }
}
