package app.limber.community;

import org.jspecify.annotations.Nullable;

/**
 * A comment (or an edit) was not accepted; the message says why in words the commenter understands, and
 * {@link #field()} names the form field it belongs to, if any ("name", "email", "website", "text").
 */
public class CommentRefusedException extends RuntimeException {

    private final @Nullable String field;

    public CommentRefusedException(String message) {
        this(null, message);
    }

    public CommentRefusedException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
