package app.limber.admin;

import app.limber.account.MemberStatus;
import app.limber.account.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the members grid is narrowed to: words in the name or email, a role, a status, a program they are enrolled in
 * (active or paused), and when they joined (from inclusive, until exclusive). Empty text and nulls mean "any".
 */
public record MemberFilter(String search, @Nullable Role role, @Nullable MemberStatus status,
        @Nullable Long programId, @Nullable Instant joinedFrom, @Nullable Instant joinedUntil) {

    public static MemberFilter none() {
        return new MemberFilter("", null, null, null, null, null);
    }

    public MemberFilter withSearch(String words) {
        return new MemberFilter(words, role, status, programId, joinedFrom, joinedUntil);
    }

    public MemberFilter withRole(@Nullable Role wanted) {
        return new MemberFilter(search, wanted, status, programId, joinedFrom, joinedUntil);
    }

    public MemberFilter withStatus(@Nullable MemberStatus wanted) {
        return new MemberFilter(search, role, wanted, programId, joinedFrom, joinedUntil);
    }

    public MemberFilter withProgram(@Nullable Long wanted) {
        return new MemberFilter(search, role, status, wanted, joinedFrom, joinedUntil);
    }
}
