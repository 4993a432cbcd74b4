package app.limber.community;

/** The outcome of posting: the new comment's id and the status the rules gave it. */
public record PostedComment(long id, CommentStatus status) {

    /** What to tell the commenter. */
    public String message() {
        return switch (status) {
            case APPROVED -> "Thanks, your comment is up.";
            case PENDING, SPAM -> "Thanks! Your comment is awaiting moderation and will appear once it's approved.";
            case TRASH -> "Your comment was removed.";
        };
    }
}
