package app.limber.account;

import app.limber.account.OneTimeLink.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link by email, valid for 30 minutes. The answer to a request is the same whether or
 * not the email has an account, and so is the work behind it (one lookup, one email into the outbox, nothing sent
 * while the person waits), so neither the answer nor its timing tells who is a member.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordResetService {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final PersonRepository people;
    private final OneTimeLinks links;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountMail mail;
    private final SessionRegistry sessions;
    private final Clock clock;

    PasswordResetService(PersonRepository people, OneTimeLinks links, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AccountMail mail, SessionRegistry sessions, Clock clock) {
        this.people = people;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mail = mail;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Emails a reset link if an enabled account has this email, and otherwise a note saying there is no such account
     * (to the address's owner only): the caller sees the same either way.
     */
    @Transactional
    public void requestReset(String email) {
        String address = Person.normalizeEmail(email);
        Optional<Person> person = people.findByEmail(address).filter(Person::isEnabled);
        if (person.isPresent()) {
            String token = links.issue(person.get().getId(), Purpose.PASSWORD_RESET, VALID_FOR);
            mail.sendPasswordReset(person.get().getEmail(), person.get().getDisplayName(), token,
                    VALID_FOR.toMinutes());
        } else if (Person.looksLikeEmail(address)) {
            mail.sendPasswordResetWithoutAccount(address);
        }
    }

    /** Whether a link is still good, so the page can say so before the person types a new password. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return links.peek(token, Purpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets a new password with a link's token. The link then stops working, as do the person's other open links,
     * and every signed-in session of theirs ends.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        if (links.peek(token, Purpose.PASSWORD_RESET).isEmpty()) {
            throw expired();
        }
        passwordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD, problem);
        });
        long personId = links.redeem(token, Purpose.PASSWORD_RESET).orElseThrow(PasswordResetService::expired);
        Person person = people.findById(personId).orElseThrow();
        Instant now = clock.instant();
        person.changePasswordHash(passwordEncoder.encode(newPassword), now);
        // Whoever holds the link has proven they read this mailbox, so the address counts as confirmed too.
        person.confirmEmail(now);
        sessions.getAllSessions(SignedInPerson.of(person), false).forEach(session -> session.expireNow());
    }

    private static AccountChangeRefusedException expired() {
        return new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD,
                "This link has expired or was already used. Ask for a new one.");
    }
}
