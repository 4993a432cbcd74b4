package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReadableTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aMomentReadsAsALocalTimeWithoutSeconds() {
        assertThat(ReadableTime.of(Instant.parse("2026-11-29T06:42:31.123456Z"), BERLIN))
                .isEqualTo("29 Nov 2026, 07:42");
        assertThat(ReadableTime.of(Instant.parse("2026-09-03T21:05:00Z"), ZoneId.of("UTC")))
                .isEqualTo("3 Sep 2026, 21:05");
    }

    @Test
    void momentsInsideATextAreRewrittenAndTheRestIsKept() {
        assertThat(ReadableTime.inText("publish at 2026-11-29T06:42:00Z, then 2026-11-30T23:00:00.5Z", BERLIN))
                .isEqualTo("publish at 29 Nov 2026, 07:42, then 1 Dec 2026, 00:00");
        assertThat(ReadableTime.inText("Runner → Runner, Instructor", BERLIN)).isEqualTo("Runner → Runner, Instructor");
    }
}
