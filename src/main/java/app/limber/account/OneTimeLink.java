package app.limber.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time, expiring link sent by email: to set a new password, or to confirm an email address. The token itself
 * is never stored, only its hash.
 */
@Entity
@Table(name = "one_time_links")
class OneTimeLink {

    /** What following the link does. */
    enum Purpose {
        PASSWORD_RESET, CONFIRM_EMAIL, INVITATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected OneTimeLink() {
        this.tokenHash = "";
        this.purpose = Purpose.PASSWORD_RESET;
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    OneTimeLink(long personId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.personId = personId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long personId() {
        return personId;
    }

    boolean isUsable(Purpose forPurpose, Instant now) {
        return purpose == forPurpose && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
