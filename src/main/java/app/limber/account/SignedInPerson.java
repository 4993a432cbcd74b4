package app.limber.account;

import java.io.Serial;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in person: small, serializable, and free of JPA state. */
public final class SignedInPerson implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String email;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final boolean enabled;
    private final String timeZone;
    private @Nullable String passwordHash;

    public SignedInPerson(long personId, String email, String displayName, Set<Role> roles, boolean enabled,
            @Nullable String passwordHash) {
        this(personId, email, displayName, roles, enabled, passwordHash, "UTC");
    }

    public SignedInPerson(long personId, String email, String displayName, Set<Role> roles, boolean enabled,
            @Nullable String passwordHash, String timeZone) {
        this.timeZone = timeZone;
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.noneOf(Role.class);
        this.roles.addAll(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** The person making the current call; refuses anonymous callers. */
    public static SignedInPerson current() {
        SignedInPerson person = currentOrNull();
        if (person == null) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in first");
        }
        return person;
    }

    /** The person making the current call, or null for a visitor who has not signed in. */
    public static @org.jspecify.annotations.Nullable SignedInPerson currentOrNull() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person : null;
    }

    /** The person's own time zone, for showing and entering dates and times. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** The time zone of whoever is signed in on this thread; the server's when nobody is. */
    public static ZoneId currentZone() {
        SignedInPerson person = currentOrNull();
        return person != null ? person.zone() : ZoneId.systemDefault();
    }

    /** Admins may act on anyone's content. */
    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    static SignedInPerson of(Person person) {
        // An unconfirmed email counts as not enabled yet: no sign-in before the confirmation link is followed.
        return new SignedInPerson(java.util.Objects.requireNonNull(person.getId()), person.getEmail(),
                person.getDisplayName(), person.getRoles(), person.isEnabled() && person.isEmailVerified(),
                person.getPasswordHash(), person.getTimeZone());
    }

    public long personId() {
        return personId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The roles this person holds, as stored (without the ones that admin implies). */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Role.authorities(roles).stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignedInPerson that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + personId + "]";
    }
}
