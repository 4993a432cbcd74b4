package app.limber.account;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.OneTimeLink.Purpose;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to one member: look them up, change their roles, disable or enable them (disabling ends their
 * sessions at once), send a password reset, delete the account. Every change is written to the audit log in the same
 * transaction. Admins can't lock themselves out: no removing their own admin role, disabling or deleting themselves.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberAdmin {


    private final PersonRepository people;
    private final LoginAttemptRepository loginAttempts;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final SignedInSessions sessions;
    private final AccountDeletion deletion;
    private final List<MemberActivity> activities;
    private final InvitationService invitations;
    private final AuditLog audit;
    private final Clock clock;

    MemberAdmin(PersonRepository people, LoginAttemptRepository loginAttempts, OneTimeLinks links, AccountMail mail,
            SignedInSessions sessions, AccountDeletion deletion, List<MemberActivity> activities,
            InvitationService invitations, AuditLog audit, Clock clock) {
        this.people = people;
        this.loginAttempts = loginAttempts;
        this.links = links;
        this.mail = mail;
        this.sessions = sessions;
        this.deletion = deletion;
        this.activities = activities;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's profile, roles and status. */
    @Transactional(readOnly = true)
    public MemberProfile profile(long personId) {
        return MemberProfile.of(find(personId));
    }

    /** The member's newest 20 sign-in attempts, newest first. */
    @Transactional(readOnly = true)
    public List<SignInRecord> signInHistory(long personId) {
        return loginAttempts.findTop20ByPersonIdOrderByAttemptedAtDesc(personId).stream()
                .map(attempt -> new SignInRecord(attempt.attemptedAt(), attempt.ip(), attempt.outcome().name()))
                .toList();
    }

    /** Figures other features keep about the member ("Comments: 4"), each with where to see them, if anywhere. */
    @Transactional(readOnly = true)
    public List<MemberActivity.Figure> activity(long personId) {
        return activities.stream().map(activity -> new MemberActivity.Figure(activity.label(),
                activity.countFor(personId), activity.linkFor(personId))).toList();
    }

    /** Gives the member exactly these roles; their sessions end so that the new roles apply from the next sign-in. */
    @Transactional
    public MemberProfile changeRoles(long personId, Set<Role> roles, long expectedVersion) {
        if (roles.isEmpty()) {
            throw new MemberChangeRefusedException("Give them at least one role.");
        }
        Person person = findCurrent(personId, expectedVersion);
        if (isCaller(personId) && !roles.contains(Role.ADMIN)) {
            throw new MemberChangeRefusedException("You can't remove your own admin role. Ask another admin.");
        }
        changeRoles(person, roles);
        return MemberProfile.of(person);
    }

    /**
     * Gives each of these members exactly this one role (each change audited, their sessions ended); members who
     * already hold exactly it are skipped, and so is the caller when that would take their admin role away.
     */
    @Transactional
    public int changeRoleAll(Collection<Long> personIds, Role role) {
        int changed = 0;
        for (Person person : people.findAllById(personIds)) {
            boolean ownAdminRole = isCaller(java.util.Objects.requireNonNull(person.getId())) && role != Role.ADMIN;
            if (!ownAdminRole && changeRoles(person, EnumSet.of(role))) {
                changed++;
            }
        }
        return changed;
    }

    /** Whether the roles changed (and the change was saved and audited). */
    private boolean changeRoles(Person person, Set<Role> roles) {
        long personId = java.util.Objects.requireNonNull(person.getId());
        Set<Role> before = person.getRoles();
        if (before.equals(roles)) {
            return false;
        }
        person.changeRoles(EnumSet.copyOf(roles), clock.instant());
        people.saveAndFlush(person);
        audit.record(AuditAction.ROLES_CHANGED, "person", personId, label(person),
                names(before) + " → " + names(roles));
        if (!isCaller(personId)) {
            sessions.endAllOf(personId);
        }
        return true;
    }

    /** Disables the account: no more sign-ins, and every open session of theirs ends now. */
    @Transactional
    public MemberProfile disable(long personId) {
        Person person = find(personId);
        disable(person);
        return MemberProfile.of(person);
    }

    /** Disables several accounts at once (yourself excepted); returns how many were disabled now. */
    @Transactional
    public int disableAll(Collection<Long> personIds) {
        int disabled = 0;
        for (Person person : people.findAllById(personIds)) {
            if (person.isEnabled() && !isCaller(java.util.Objects.requireNonNull(person.getId()))) {
                disable(person);
                disabled++;
            }
        }
        return disabled;
    }

    private void disable(Person person) {
        long personId = java.util.Objects.requireNonNull(person.getId());
        if (isCaller(personId)) {
            throw new MemberChangeRefusedException("You can't disable your own account.");
        }
        if (!person.isEnabled()) {
            return;
        }
        person.disable(clock.instant());
        people.saveAndFlush(person);
        audit.record(AuditAction.MEMBER_DISABLED, "person", personId, label(person));
        sessions.endAllOf(personId);
    }

    /** Lets a disabled member sign in again. */
    @Transactional
    public MemberProfile enable(long personId) {
        Person person = find(personId);
        enable(person);
        return MemberProfile.of(person);
    }

    /** Enables several accounts at once; returns how many were disabled and are enabled now. */
    @Transactional
    public int enableAll(Collection<Long> personIds) {
        int enabled = 0;
        for (Person person : people.findAllById(personIds)) {
            if (enable(person)) {
                enabled++;
            }
        }
        return enabled;
    }

    private boolean enable(Person person) {
        if (person.isEnabled()) {
            return false;
        }
        person.enable(clock.instant());
        people.saveAndFlush(person);
        audit.record(AuditAction.MEMBER_ENABLED, "person", java.util.Objects.requireNonNull(person.getId()),
                label(person));
        return true;
    }

    /**
     * Emails the member a link to set a new password (30 minutes), or, while they haven't accepted their invitation,
     * a new invitation link.
     */
    @Transactional
    public void sendPasswordReset(long personId) {
        Person person = find(personId);
        if (!person.isEnabled()) {
            throw new MemberChangeRefusedException("Enable the account first: disabled members can't sign in.");
        }
        if (person.isInvitationPending()) {
            invitations.resend(person);
        } else {
            String token = links.issue(personId, Purpose.PASSWORD_RESET, PasswordResetService.VALID_FOR);
            mail.sendPasswordReset(person.getEmail(), person.getDisplayName(), token,
                    PasswordResetService.VALID_FOR.toMinutes());
            audit.record(AuditAction.PASSWORD_RESET_SENT, "person", personId, label(person));
        }
    }

    /** Deletes the member's account (their content's personal data is forgotten, the row anonymised). */
    @Transactional
    public void delete(long personId) {
        if (isCaller(personId)) {
            throw new MemberChangeRefusedException("Delete your own account from your account page.");
        }
        deletion.delete(find(personId));
    }

    private Person find(long personId) {
        return people.findById(personId)
                .orElseThrow(() -> new MemberChangeRefusedException("This member no longer exists."));
    }

    private Person findCurrent(long personId, long expectedVersion) {
        Person person = find(personId);
        if (person.getVersion() != expectedVersion) {
            throw new ChangedBySomeoneElseException();
        }
        return person;
    }

    private static boolean isCaller(long personId) {
        return SignedInPerson.current().personId() == personId;
    }

    static String label(Person person) {
        return label(person.getDisplayName(), person.getEmail());
    }

    static String label(String displayName, String email) {
        return displayName + " <" + email + ">";
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
