package app.limber.platform.ui;

/** Lets tests outside this package see which message a view shows for an exception. */
public final class FriendlyErrorHandlerProbe {

    private FriendlyErrorHandlerProbe() {
    }

    public static String messageFor(Throwable throwable) {
        return FriendlyErrorHandler.messageFor(throwable);
    }
}
