package app.limber.content;

/**
 * {@link Publication#isLive} as JPQL, for queries that select live items in the database. Both conditions bind
 * {@code :now}; keep them in step with {@code Publication.isLive}.
 */
final class LiveContent {

    /** Live condition for a query whose routine alias is {@code r}. */
    static final String ROUTINE = "(r.publication.status = app.limber.content.PublishingStatus.PUBLISHED"
            + " or (r.publication.status = app.limber.content.PublishingStatus.SCHEDULED"
            + " and r.publication.publishAt <= :now))";

    /** Live condition for a query whose article alias is {@code a}. */
    static final String ARTICLE = "(a.publication.status = app.limber.content.PublishingStatus.PUBLISHED"
            + " or (a.publication.status = app.limber.content.PublishingStatus.SCHEDULED"
            + " and a.publication.publishAt <= :now))";

    private LiveContent() {
    }

    /** The visibilities a reader may see: members-only items need a signed-in reader. */
    static java.util.Set<Visibility> visibleTo(boolean readerSignedIn) {
        return readerSignedIn ? java.util.EnumSet.allOf(Visibility.class) : java.util.EnumSet.of(Visibility.PUBLIC);
    }
}
