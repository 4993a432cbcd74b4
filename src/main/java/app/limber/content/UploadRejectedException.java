package app.limber.content;

/** An upload was refused (wrong type, too big); the message says why in words the instructor understands. */
public class UploadRejectedException extends RuntimeException {

    public UploadRejectedException(String message) {
        super(message);
    }
}
