package app.limber.progress;

import java.time.Instant;

/** A row of the studio's self-test list. */
public record SelfTestSummary(long id, String name, String unit, boolean higherIsBetter, boolean perSide,
        boolean active, Instant updatedAt) {
}
