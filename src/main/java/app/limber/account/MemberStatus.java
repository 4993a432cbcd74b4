package app.limber.account;

/** Where a member stands: invited (hasn't set a password yet), active, or disabled by an admin. */
public enum MemberStatus {
    INVITED("Invited"), ACTIVE("Active"), DISABLED("Disabled");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static MemberStatus of(Person person) {
        return !person.isEnabled() ? DISABLED : person.isInvitationPending() ? INVITED : ACTIVE;
    }
}
