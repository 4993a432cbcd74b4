package app.limber.platform;

/** A save was refused because someone else saved a newer version first; the caller's input is not lost. */
public class ChangedBySomeoneElseException extends RuntimeException {

    public ChangedBySomeoneElseException() {
        super("Someone else changed this in the meantime. Your changes are still here: reload to see theirs, "
                + "or copy what you need first.");
    }
}
