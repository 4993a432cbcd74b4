package app.limber.account;

import app.limber.IntegrationTest;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Prints how long forgot-password and registration take for an address with and without an account, on the real
 * database (the email only goes into the outbox). Not part of the normal test run:
 * {@code ./mvnw test -Pbenchmarks -Dtest=KnownAndUnknownAddressBenchmark}. The build checks the work instead
 * ({@link SameWorkForKnownAndUnknownAddressesTest}).
 */
@Tag("benchmark")
@Import(TestAccounts.class)
class KnownAndUnknownAddressBenchmark extends IntegrationTest {

    @Autowired
    PasswordResetService passwordReset;

    @Autowired
    RegistrationService registration;

    @Autowired
    TestAccounts accounts;

    @Test
    void answerTimes() {
        accounts.create("sam@example.test", "Sam Rivera", Set.of(Role.RUNNER));
        jdbc.update("insert into site_settings (id, registration_open, updated_at) values (1, true, now())");

        int rounds = 200;
        long[] known = new long[rounds];
        long[] unknown = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            known[i] = timed(() -> passwordReset.requestReset("sam@example.test"));
            int n = i;
            unknown[i] = timed(() -> passwordReset.requestReset("nobody" + n + "@example.test"));
        }
        System.out.printf("forgot password: known median %.2f ms, unknown median %.2f ms over %d rounds each%n",
                median(known), median(unknown), rounds);

        rounds = 20;
        long[] taken = new long[rounds];
        long[] fresh = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            taken[i] = timed(() -> registration.register("Someone", "sam@example.test", "calves before coffee"));
            int n = i;
            fresh[i] = timed(() -> registration.register("Jo", "jo" + n + "@example.test", "calves before coffee"));
        }
        System.out.printf("registration: existing address median %.1f ms, new address median %.1f ms over %d rounds%n",
                median(taken), median(fresh), rounds);
    }

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
