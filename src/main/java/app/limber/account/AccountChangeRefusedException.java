package app.limber.account;

/** A change to one's own account that was refused, with the field it concerns so the form can show it there. */
public class AccountChangeRefusedException extends RuntimeException {

    /** The form field the message belongs to. */
    public enum Field {
        DISPLAY_NAME, TIME_ZONE, EMAIL, CURRENT_PASSWORD, NEW_PASSWORD
    }

    private final Field field;

    public AccountChangeRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
