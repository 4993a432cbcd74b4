package app.limber.progress;

/** A result that can't be recorded as entered; {@link #field()} names the form field the message belongs to. */
public class ResultRefusedException extends IllegalArgumentException {

    /** The form fields a refusal can point at. */
    public enum Field { VALUE, SIDE, DAY, NOTE }

    private final Field field;

    ResultRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
