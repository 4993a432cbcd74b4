package app.limber.account;

import app.limber.account.OneTimeLink.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins invite members by email: the account is created as "invited" (no password, can't sign in) and the person
 * gets a one-time link, valid for 7 days, to choose a password. Accepting the link activates the account.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class InvitationService {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    /** What became of one invitation. */
    public enum Result {
        CREATED, ALREADY_EXISTS, INVALID
    }

    /** The outcome of inviting one person: the new account's id when created, or why not. */
    public record Outcome(Result result, @Nullable Long personId, String message) {
    }

    private final PersonRepository people;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final PasswordPolicy passwordPolicy;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    InvitationService(PersonRepository people, OneTimeLinks links, AccountMail mail, PasswordPolicy passwordPolicy,
            org.springframework.security.crypto.password.PasswordEncoder passwordEncoder, AuditLog audit,
            Clock clock) {
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why this name and email can't be invited, if they can't; nothing is looked up or changed. */
    public static Optional<String> problemWith(String email, String displayName) {
        String name = displayName.strip();
        String address = Person.normalizeEmail(email);
        if (name.isEmpty()) {
            return Optional.of("The name is missing.");
        }
        if (name.length() > Person.DISPLAY_NAME_MAX) {
            return Optional.of("The name is longer than " + Person.DISPLAY_NAME_MAX + " characters.");
        }
        if (address.isEmpty()) {
            return Optional.of("The email is missing.");
        }
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > Person.EMAIL_MAX) {
            return Optional.of("\"" + email.strip() + "\" is not an email address.");
        }
        return Optional.empty();
    }

    /**
     * Invites one runner: creates the account and emails the link, in the caller's transaction if there is one
     * (so a CSV row's enrolment and its invitation commit or roll back together). An invalid name or email, or an
     * email that already has an account, changes nothing.
     */
    @Transactional
    public Outcome invite(String email, String displayName) {
        Optional<String> problem = problemWith(email, displayName);
        if (problem.isPresent()) {
            return new Outcome(Result.INVALID, null, problem.get());
        }
        String address = Person.normalizeEmail(email);
        Optional<Person> existing = people.findByEmail(address);
        if (existing.isPresent()) {
            return new Outcome(Result.ALREADY_EXISTS, existing.get().getId(), "Already a member.");
        }
        Instant now = clock.instant();
        Person person = people.saveAndFlush(Person.invited(address, displayName.strip(), EnumSet.of(Role.RUNNER), now));
        long personId = java.util.Objects.requireNonNull(person.getId());
        String token = links.issue(personId, Purpose.INVITATION, VALID_FOR);
        audit.record(AuditAction.MEMBER_INVITED, "person", personId, MemberAdmin.label(person));
        mail.sendInvitation(person.getEmail(), person.getDisplayName(), token, VALID_FOR.toDays());
        return new Outcome(Result.CREATED, personId, "Invited.");
    }

    /**
     * Sends the invitation again, with a new link, to each of these members who is still invited (enabled, no password
     * chosen yet); the others are skipped. Returns how many were sent, each recorded in the audit log.
     */
    @Transactional
    public int resendAll(java.util.Collection<Long> personIds) {
        int sent = 0;
        for (Person person : people.findAllById(personIds)) {
            if (person.isEnabled() && person.isInvitationPending()) {
                resend(person);
                sent++;
            }
        }
        return sent;
    }

    /** A new invitation link for someone who hasn't accepted yet, emailed through the outbox and audited. */
    void resend(Person person) {
        long personId = java.util.Objects.requireNonNull(person.getId());
        String token = links.issue(personId, Purpose.INVITATION, VALID_FOR);
        mail.sendInvitation(person.getEmail(), person.getDisplayName(), token, VALID_FOR.toDays());
        audit.record(AuditAction.MEMBER_INVITED, "person", personId, MemberAdmin.label(person),
                "invitation sent again");
    }

    /** Whether an invitation link is still good, and for whom (their display name). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> invitee(String token) {
        return links.peek(token, Purpose.INVITATION).flatMap(people::findById).filter(Person::isEnabled)
                .map(Person::getDisplayName);
    }

    /** Accepts an invitation: sets the chosen password, confirms the email, and the link stops working. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void accept(String token, String password) {
        if (invitee(token).isEmpty()) {
            throw expired();
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD, problem);
        });
        long personId = links.redeem(token, Purpose.INVITATION).orElseThrow(InvitationService::expired);
        Person person = people.findById(personId).orElseThrow(InvitationService::expired);
        Instant now = clock.instant();
        person.changePasswordHash(passwordEncoder.encode(password), now);
        person.confirmEmail(now);
        audit.record(AuditAction.MEMBER_JOINED, "person", personId, person.getDisplayName(), "accepted the invitation");
    }

    private static AccountChangeRefusedException expired() {
        return new AccountChangeRefusedException(AccountChangeRefusedException.Field.NEW_PASSWORD,
                "This invitation has expired or was already used. Ask for a new one.");
    }
}
