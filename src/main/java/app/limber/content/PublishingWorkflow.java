package app.limber.content;

import java.time.Instant;

/**
 * The publishing steps a studio service offers for its kind of item. Each takes the version the editor holds and
 * returns the changed draft; a stale version is refused with
 * {@link app.limber.ChangedBySomeoneElseException}.
 */
public interface PublishingWorkflow<D extends PublishableDraft> {

    D publishNow(long id, long version);

    D schedule(long id, long version, Instant publishAt);

    D archive(long id, long version);

    D backToDraft(long id, long version);
}
