package app.limber;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in tests: the real time until a test fixes or advances it. Instants are whole microseconds,
 * as PostgreSQL stores them, so that a time read back from the database compares equal to the one written.
 */
public class TestClock extends Clock {

    private volatile @Nullable Instant fixed;

    public void set(Instant instant) {
        fixed = instant.truncatedTo(ChronoUnit.MICROS);
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
