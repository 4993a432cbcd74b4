package app.limber;

/**
 * Shared by every feature (so it lives at the root, outside the feature packages and their dependency rules).
 * A save was refused because someone else saved a newer version first; the caller's input is not lost. */
public class ChangedBySomeoneElseException extends RuntimeException {

    public ChangedBySomeoneElseException() {
        super("Someone else changed this in the meantime. Your changes are still here: reload to see theirs, "
                + "or copy what you need first.");
    }
}
