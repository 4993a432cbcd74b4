package app.limber.account;

import app.limber.account.LoginAttempt.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt and slows down password guessing. The rules, in one place:
 * <ul>
 * <li>5 failures for an email from one address within 15 minutes: that address must wait until the window clears.
 * <li>5 failures for an email from anywhere within 15 minutes: every address this account has never signed in from
 * must wait until the window clears, so changing address never buys more guesses at one account.
 * <li>20 failures for an email from anywhere within 15 minutes: each address gets one try per 30 seconds.
 * </ul>
 * The address is the one {@code ClientAddressFilter} decided (a forwarded address only from a trusted proxy), so it
 * cannot be made up. Someone guessing from elsewhere can slow an account down, but its owner still gets in from an
 * address they signed in from before; unknown emails are treated exactly like known ones. Every attempt also goes into the audit log
 * (see {@link AuditLog}), so that sign-ins and admins' changes read as one timeline.
 */
@Service
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_ADDRESS = 5;
    static final int FAILURES_FROM_NEW_ADDRESSES = 5;
    static final int FAILURES_OVERALL = 20;
    static final Duration SLOWED_INTERVAL = Duration.ofSeconds(30);

    private final LoginAttemptRepository attempts;
    private final PersonRepository people;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, PersonRepository people, AuditLog audit, Clock clock) {
        this.attempts = attempts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether an attempt for this email from this address must be refused now; a refusal is recorded. */
    @Transactional
    public boolean refuse(String typedEmail, String ip) {
        String email = Person.normalizeEmail(typedEmail);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        long failures = attempts.countFailures(email, since);
        boolean refused = attempts.countFailuresFrom(email, ip, since) >= FAILURES_PER_ADDRESS
                || (failures >= FAILURES_FROM_NEW_ADDRESSES && !attempts.hasSucceededFrom(email, ip))
                || (failures >= FAILURES_OVERALL && tooSoon(email, ip, now));
        if (refused) {
            record(email, ip, Outcome.THROTTLED, now);
        }
        return refused;
    }

    private boolean tooSoon(String email, String ip, Instant now) {
        // Per address, so that someone hammering from elsewhere can't keep the owner's address waiting.
        Instant last = attempts.lastUnsuccessfulFrom(email, ip);
        return last != null && last.plus(SLOWED_INTERVAL).isAfter(now);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        Instant now = clock.instant();
        Long personId = record(authentication.getName(), ipOf(authentication.getDetails()), Outcome.SUCCEEDED, now);
        if (personId != null) {
            people.recordSignIn(personId, now);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        Outcome outcome = event.getException() instanceof DisabledException ? Outcome.DISABLED : Outcome.FAILED;
        record(attempt.getName(), ipOf(attempt.getDetails()), outcome, clock.instant());
    }

    private @Nullable Long record(String typedEmail, String ip, Outcome outcome, Instant at) {
        String email = Person.normalizeEmail(typedEmail);
        if (email.length() > Person.EMAIL_MAX) {
            email = email.substring(0, Person.EMAIL_MAX);
        }
        Person person = people.findByEmail(email).orElse(null);
        Long personId = person == null ? null : person.getId();
        String address = ip.length() > 64 ? ip.substring(0, 64) : ip;
        attempts.save(new LoginAttempt(email, personId, address, outcome, at));
        audit.recordSignIn(switch (outcome) {
            case SUCCEEDED -> AuditAction.SIGNED_IN;
            case FAILED -> AuditAction.SIGN_IN_FAILED;
            case DISABLED -> AuditAction.SIGN_IN_DISABLED;
            case THROTTLED -> AuditAction.SIGN_IN_THROTTLED;
        }, email, person, address);
        return personId;
    }

    private static String ipOf(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
