package app.limber.progress;

import app.limber.content.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One measurement a runner recorded for a self-test: a value, for one side or both, on a day. */
@Entity
@Table(name = "self_test_results")
class SelfTestResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "self_test_id", nullable = false, updatable = false)
    private long selfTestId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "measured_value", nullable = false, precision = 10, scale = 2)
    private BigDecimal value = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side = Side.BOTH;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn = LocalDate.EPOCH;

    @Column(nullable = false, length = ResultEntry.NOTE_MAX)
    private String note = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected SelfTestResult() {
    }

    SelfTestResult(long selfTestId, long personId, Instant now) {
        this.selfTestId = selfTestId;
        this.personId = personId;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long selfTestId() {
        return selfTestId;
    }

    long personId() {
        return personId;
    }

    long version() {
        return version;
    }

    void apply(ResultEntry entry, BigDecimal cleanValue, Side cleanSide) {
        value = cleanValue;
        side = cleanSide;
        measuredOn = Objects.requireNonNull(entry.getMeasuredOn());
        note = entry.getNote().strip();
    }

    ResultRow toRow() {
        return new ResultRow(id(), version, selfTestId, value, side, measuredOn, note);
    }
}
