package app.limber.content;

/** A routine's title and author, for checking and naming the routines an article links to. */
record RoutineTitle(long id, String title, long authorId) {
}
