package app.limber.community;

/**
 * An email about a comment (a new comment, an approved reply), queued in the transaction that caused it, with the
 * recipient already resolved.
 */
record CommentNotice(String from, String to, String subject, String text) {
}
