package app.limber.account;

/** An admin's change to a member that was refused, with a message to show them. */
public class MemberChangeRefusedException extends RuntimeException {

    public MemberChangeRefusedException(String message) {
        super(message);
    }
}
