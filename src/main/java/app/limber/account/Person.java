package app.limber.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Someone who can sign in: a runner, an instructor, an admin, or several of these. */
@Entity
@Table(name = "people")
public class Person {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;

    /**
     * Stored instead of a hash where no password may sign in (invited, deleted): well-formed for the delegating
     * encoder, but no password ever matches it.
     */
    static final String UNUSABLE_PASSWORD = "{bcrypt}!no-password";

    /** The name a deleted account keeps, so that what others see ("Former member") stays readable. */
    public static final String FORMER_MEMBER = "Former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Email
    @NotBlank
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_roles", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    @Column(name = "notify_new_comments", nullable = false)
    private boolean notifyNewComments = true;

    @Column(name = "invitation_pending", nullable = false)
    private boolean invitationPending;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Person(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether a normalized address has the shape of an email address and fits the column. */
    static boolean looksLikeEmail(String normalized) {
        return normalized.length() <= EMAIL_MAX && normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** Emails are compared case-insensitively: stored trimmed and in lower case. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getTimeZone() {
        return timeZone;
    }

    void updateProfile(String displayName, String timeZone, Instant now) {
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.updatedAt = now;
    }

    /** Registered, but hasn't followed the confirmation link yet. */
    static Person unconfirmed(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        Person person = new Person(email, displayName, passwordHash, roles, now);
        person.emailVerified = false;
        return person;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    void confirmEmail(Instant now) {
        if (!emailVerified) {
            emailVerified = true;
            updatedAt = now;
        }
    }

    /** Whether they want an email when someone comments on what they published. */
    public boolean wantsCommentEmails() {
        return notifyNewComments;
    }

    void setWantsCommentEmails(boolean wanted, Instant now) {
        this.notifyNewComments = wanted;
        this.updatedAt = now;
    }

    void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        // Whoever sets a password of their own is no longer only invited.
        this.invitationPending = false;
        this.updatedAt = now;
    }

    /** Invited by an admin: can't sign in until they set a password with the emailed link. */
    static Person invited(String email, String displayName, Set<Role> roles, Instant now) {
        Person person = new Person(email, displayName, UNUSABLE_PASSWORD, roles, now);
        person.emailVerified = false;
        person.invitationPending = true;
        return person;
    }

    public boolean isInvitationPending() {
        return invitationPending;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void recordSignIn(Instant at) {
        this.lastLoginAt = at;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    void enable(Instant now) {
        this.enabled = true;
        this.updatedAt = now;
    }

    void changeRoles(Set<Role> roles, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }

    /**
     * A deleted account: the row stays so that references hold, but nothing in it points at the person any more and
     * nobody can sign in with it.
     */
    void anonymise(Instant now) {
        this.email = "deleted-" + java.util.Objects.requireNonNull(id) + "@deleted.invalid";
        this.displayName = FORMER_MEMBER;
        this.passwordHash = UNUSABLE_PASSWORD;
        this.enabled = false;
        this.invitationPending = false;
        this.roles.clear();
        this.notifyNewComments = false;
        this.timeZone = "UTC";
        this.lastLoginAt = null;
        this.updatedAt = now;
    }

    void changeEmail(String email, Instant now) {
        this.email = normalizeEmail(email);
        this.updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
