package app.limber.admin;

import app.limber.account.MemberStatus;
import app.limber.account.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One member in the admin's members grid. Rows are the same member when their ids are (for grid selection). */
public record MemberRow(long id, String displayName, String email, Set<Role> roles, MemberStatus status,
        Instant joinedAt, @Nullable Instant lastLoginAt) {

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MemberRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
