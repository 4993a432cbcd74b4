package app.limber.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member as the admin console's member page shows them. */
public record MemberProfile(long id, String email, String displayName, Set<Role> roles, MemberStatus status,
        Instant joinedAt, @Nullable Instant lastLoginAt, String timeZone, long version) {

    static MemberProfile of(Person person) {
        return new MemberProfile(java.util.Objects.requireNonNull(person.getId()), person.getEmail(),
                person.getDisplayName(), person.getRoles(), MemberStatus.of(person), person.getCreatedAt(),
                person.getLastLoginAt(), person.getTimeZone(), person.getVersion());
    }
}
