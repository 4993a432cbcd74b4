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

/** One attempt to sign in: who (as typed), from where, when, and how it ended. */
@Entity
@Table(name = "login_attempts")
class LoginAttempt {

    /** How an attempt ended. */
    enum Outcome {
        SUCCEEDED, FAILED, DISABLED, THROTTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(name = "person_id", updatable = false)
    private @Nullable Long personId;

    @Column(nullable = false, updatable = false, length = 64)
    private String ip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected LoginAttempt() {
        this.email = "";
        this.ip = "";
        this.outcome = Outcome.FAILED;
        this.attemptedAt = Instant.EPOCH;
    }

    LoginAttempt(String email, @Nullable Long personId, String ip, Outcome outcome, Instant attemptedAt) {
        this.email = email;
        this.personId = personId;
        this.ip = ip;
        this.outcome = outcome;
        this.attemptedAt = attemptedAt;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }

    String ip() {
        return ip;
    }

    Outcome outcome() {
        return outcome;
    }
}
