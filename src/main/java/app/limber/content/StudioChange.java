package app.limber.content;

import app.limber.ChangedBySomeoneElseException;
import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.SignedInPerson;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The one way a studio edit is made to a routine, an article or a program: by its author or an admin, never over a newer save. */
public final class StudioChange {

    private StudioChange() {
    }

    /** The item, if the caller may change it (its author or an admin); refused otherwise. */
    public static <T extends AuthoredContent> T requireEditable(T item, String noun) {
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && item.authorId() != caller.personId()) {
            throw new AccessDeniedException("Only the author or an admin may change this " + noun);
        }
        return item;
    }

    /** Publishing, scheduling and archiving go into the audit log, in the transaction that makes the change. */
    static <D extends AuthoredDraft> D recordPublishing(AuditLog audit, AuditAction action, String kind, D draft) {
        audit.record(action, kind, draft.getId(), draft.getTitle(),
                draft.getPublishAt() == null ? "" : "publish at " + draft.getPublishAt());
        return draft;
    }

    /**
     * Applies a change to the version the editor loaded and saves it at once; refused with
     * {@link ChangedBySomeoneElseException} when someone saved in between, before or during this save.
     */
    public static <T extends AuthoredContent> T apply(T item, long expectedVersion, Instant now, BiConsumer<T, Instant> change,
            Consumer<T> saveAndFlush) {
        if (item.version() != expectedVersion) {
            throw new ChangedBySomeoneElseException();
        }
        change.accept(item, now);
        item.touch(now);
        try {
            saveAndFlush.accept(item);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        return item;
    }
}
