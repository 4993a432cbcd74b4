package app.limber.account;

import app.limber.account.AccountChangeRefusedException.Field;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person looking after their own account. Every method acts on the caller and nobody else. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final AccountDeletion deletion;
    private final AuditLog audit;

    AccountService(PersonRepository people, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            Clock clock, AccountDeletion deletion, AuditLog audit) {
        this.deletion = deletion;
        this.audit = audit;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** The caller's own account details. */
    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        return MyAccount.of(me());
    }

    /** Changes the caller's display name and time zone. */
    @Transactional
    public MyAccount updateProfile(String displayName, String timeZone) {
        String name = displayName.strip();
        if (name.isEmpty()) {
            throw new AccountChangeRefusedException(Field.DISPLAY_NAME, "Enter the name others should see.");
        }
        if (name.length() > Person.DISPLAY_NAME_MAX) {
            throw new AccountChangeRefusedException(Field.DISPLAY_NAME,
                    "Keep the name under " + Person.DISPLAY_NAME_MAX + " characters.");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            throw new AccountChangeRefusedException(Field.TIME_ZONE, "Choose a time zone from the list.");
        }
        Person me = me();
        me.updateProfile(name, timeZone, clock.instant());
        refreshSignedInPerson(me);
        return MyAccount.of(me);
    }

    /** Changes the caller's password after checking the current one. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Person me = me();
        if (!passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new AccountChangeRefusedException(Field.CURRENT_PASSWORD, "That isn't your current password.");
        }
        passwordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new AccountChangeRefusedException(Field.NEW_PASSWORD, problem);
        });
        if (passwordEncoder.matches(newPassword, me.getPasswordHash())) {
            throw new AccountChangeRefusedException(Field.NEW_PASSWORD, "Choose a password you aren't using now.");
        }
        me.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, "person", me.getId(), me.getDisplayName());
    }

    /** Changes the caller's sign-in email; asks for the password, and the new email must be free. */
    @Transactional
    public MyAccount changeEmail(String password, String newEmail) {
        Person me = me();
        if (!passwordEncoder.matches(password, me.getPasswordHash())) {
            throw new AccountChangeRefusedException(Field.CURRENT_PASSWORD, "That isn't your current password.");
        }
        String email = Person.normalizeEmail(newEmail);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > Person.EMAIL_MAX) {
            throw new AccountChangeRefusedException(Field.EMAIL, "Enter an email address like name@example.com.");
        }
        if (!email.equals(me.getEmail()) && people.existsByEmail(email)) {
            throw new AccountChangeRefusedException(Field.EMAIL, "Another account already uses that email.");
        }
        String oldEmail = me.getEmail();
        me.changeEmail(email, clock.instant());
        if (!oldEmail.equals(email)) {
            audit.record(AuditAction.EMAIL_CHANGED, "person", me.getId(), me.getDisplayName(),
                    "from " + oldEmail + " to " + email);
        }
        refreshSignedInPerson(me);
        return MyAccount.of(me);
    }

    /** Whether the caller wants an email when someone comments on what they published. */
    @Transactional(readOnly = true)
    public boolean wantsCommentEmails() {
        return me().wantsCommentEmails();
    }

    /** Turns the caller's "email me about new comments" on or off. */
    @Transactional
    public void setWantsCommentEmails(boolean wanted) {
        me().setWantsCommentEmails(wanted, clock.instant());
    }

    /**
     * Deletes the caller's account after checking their password: every feature forgets what it holds about them
     * (comments stay without their name, progress is removed), the account can never sign in again, and all their
     * sessions end. The caller should be logged out right after.
     */
    @Transactional
    public void deleteMyAccount(String password) {
        Person me = me();
        if (!passwordEncoder.matches(password, me.getPasswordHash())) {
            throw new AccountChangeRefusedException(Field.CURRENT_PASSWORD, "That isn't your current password.");
        }
        deletion.delete(me);
    }

    private Person me() {
        long id = SignedInPerson.current().personId();
        return people.findById(id).orElseThrow(() -> new IllegalStateException("Signed-in person " + id + " is gone"));
    }

    /** Keeps the name and email shown in the open session in step with the database. */
    private static void refreshSignedInPerson(Person me) {
        SignedInPerson updated = SignedInPerson.of(me);
        updated.eraseCredentials();
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                context.getAuthentication() != null ? context.getAuthentication().getAuthorities()
                        : updated.getAuthorities()));
    }
}
