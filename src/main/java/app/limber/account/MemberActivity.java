package app.limber.account;

/**
 * A figure about a member that another feature knows, for the admin's member page (e.g. "Comments: 12"). Features
 * provide one as a bean; the account feature doesn't need to know them.
 */
public interface MemberActivity {

    /** What is counted, e.g. "Comments". */
    String label();

    /** How many for this person. */
    long countFor(long personId);
}
