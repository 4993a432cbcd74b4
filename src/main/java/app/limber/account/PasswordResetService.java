package app.limber.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link by email, valid for 30 minutes. The answer to a request is the same whether or
 * not the email has an account, so the form can't be used to find out who is a member.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordResetService {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    /** 256 random bits, well above the 128 the issue asks for. */
    private static final int TOKEN_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final PersonRepository people;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountMail mail;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(PersonRepository people, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AccountMail mail, SessionRegistry sessions, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mail = mail;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Sends a reset link if an enabled account has this email; otherwise does nothing, visibly the same. */
    @Transactional
    public void requestReset(String email) {
        Optional<Person> person = people.findByEmail(Person.normalizeEmail(email)).filter(Person::isEnabled);
        if (person.isEmpty()) {
            return;
        }
        String token = newToken();
        Instant now = clock.instant();
        tokens.save(new PasswordResetToken(person.get().getId(), hash(token), now, now.plus(VALID_FOR)));
        try {
            mail.sendPasswordReset(person.get().getEmail(), person.get().getDisplayName(), token,
                    VALID_FOR.toMinutes());
        } catch (MailException unreachable) {
            // Same answer to the person either way; the operator sees why no mail went out.
            log.error("Could not send a password reset email: {}", unreachable.getMessage());
        }
    }

    /** Whether a link is still good, so the page can say so before the person types a new password. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(clock.instant())).isPresent();
    }

    /**
     * Sets a new password with a link's token. The link then stops working, as do the person's other open links,
     * and every signed-in session of theirs ends.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken resetToken = tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(now))
                .orElseThrow(() -> new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD,
                        "This link has expired or was already used. Ask for a new one."));
        passwordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD, problem);
        });
        Person person = people.findById(resetToken.personId()).orElseThrow();
        person.changePasswordHash(passwordEncoder.encode(newPassword), now);
        resetToken.use(now);
        tokens.useAllOf(person.getId(), now);
        endSessionsOf(person);
    }

    private void endSessionsOf(Person person) {
        SignedInPerson principal = SignedInPerson.of(person);
        sessions.getAllSessions(principal, false).forEach(session -> session.expireNow());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
