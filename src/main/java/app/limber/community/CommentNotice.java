package app.limber.community;

/**
 * An email to send once the transaction that caused it has committed (a new comment, an approved reply), with the
 * recipient already resolved so that sending needs no database.
 */
record CommentNotice(String from, String to, String subject, String text) {
}
