package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Prints how long hashing and checking a password takes with the production encoder. Not part of the normal test run:
 * {@code ./mvnw test -Pbenchmarks -Dtest=PasswordHashBenchmark}.
 */
@Tag("benchmark")
class PasswordHashBenchmark {

    @Test
    void hashAndVerifyTimes() {
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder();
        for (int i = 0; i < 5; i++) {
            encoder.matches("warm-up", encoder.encode("warm-up"));
        }
        int rounds = 20;
        long[] encode = new long[rounds];
        long[] verify = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            String hash = encoder.encode("correct horse battery " + i);
            encode[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertThat(encoder.matches("correct horse battery " + i, hash)).isTrue();
            verify[i] = System.nanoTime() - start;
        }
        System.out.printf("password hash (argon2id, 19 MiB, 2 passes): encode median %.1f ms, p90 %.1f ms; "
                + "verify median %.1f ms over %d rounds%n", median(encode), p90(encode), median(verify), rounds);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(sorted.length * 0.9)] / 1e6;
    }
}
