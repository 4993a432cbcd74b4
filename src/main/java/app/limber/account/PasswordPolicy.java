package app.limber.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, not absurdly long, and not one of the passwords everybody tries
 * first. No composition rules (they make passwords harder to remember, not harder to guess).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why this password is refused, or empty when it is fine. */
    public Optional<String> problemWith(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("That password is one of the most common ones. Choose something less predictable.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt"),
                "common-passwords.txt is missing from the application");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
