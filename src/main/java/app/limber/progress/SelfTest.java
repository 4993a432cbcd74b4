package app.limber.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A measured mobility check an instructor defines (knee-to-wall in cm, toe stiffness 0-10) for runners to repeat. */
@Entity
@Table(name = "self_tests")
class SelfTest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = SelfTestDraft.NAME_MAX)
    private String name = "";

    @Column(nullable = false, length = SelfTestDraft.INSTRUCTIONS_MAX)
    private String instructions = "";

    @Column(nullable = false, length = SelfTestDraft.UNIT_MAX)
    private String unit = "";

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter = true;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @Column(name = "min_value", precision = 10, scale = 2)
    private @Nullable BigDecimal minValue;

    @Column(name = "max_value", precision = 10, scale = 2)
    private @Nullable BigDecimal maxValue;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected SelfTest() {
    }

    SelfTest(long authorId, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long authorId() {
        return authorId;
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    void apply(SelfTestDraft draft, Instant now) {
        name = draft.getName().strip();
        instructions = draft.getInstructions().strip();
        unit = draft.getUnit().strip();
        higherIsBetter = draft.isHigherIsBetter();
        perSide = draft.isPerSide();
        minValue = draft.getMinValue();
        maxValue = draft.getMaxValue();
        active = draft.isActive();
        updatedAt = now;
    }

    SelfTestDraft toDraft() {
        SelfTestDraft draft = new SelfTestDraft(id(), version);
        draft.setName(name);
        draft.setInstructions(instructions);
        draft.setUnit(unit);
        draft.setHigherIsBetter(higherIsBetter);
        draft.setPerSide(perSide);
        draft.setMinValue(minValue);
        draft.setMaxValue(maxValue);
        draft.setActive(active);
        return draft;
    }

    SelfTestCard toCard() {
        return new SelfTestCard(id(), name, instructions, unit, higherIsBetter, perSide, minValue, maxValue, active);
    }
}
