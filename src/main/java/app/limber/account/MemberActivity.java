package app.limber.account;

import org.jspecify.annotations.Nullable;

/**
 * A figure about a member that another feature knows, for the admin's member page (e.g. "Comments: 12"). Features
 * provide one as a bean; the account feature doesn't need to know them.
 */
public interface MemberActivity {

    /** One figure as the member page shows it, with the application path that lists what was counted (or null). */
    record Figure(String label, long count, @Nullable String link) {
    }

    /** What is counted, e.g. "Comments". */
    String label();

    /** How many for this person. */
    long countFor(long personId);

    /** Where an admin sees what was counted for this person, as an application path with query; null for nowhere. */
    default @Nullable String linkFor(long personId) {
        return null;
    }
}
