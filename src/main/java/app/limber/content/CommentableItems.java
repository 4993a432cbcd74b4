package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about articles and routines for the discussion under them (title, address, author, live or not).
 * Public reads with no personal data, so no caller check; the comment feature decides who may do what.
 */
@Service
public class CommentableItems {

    @PersistenceContext
    private EntityManager entityManager;

    private final Clock clock;

    CommentableItems(Clock clock) {
        this.clock = clock;
    }

    /** The item, whatever its status; {@link CommentableItem#live()} tells whether readers may see it now. */
    @Transactional(readOnly = true)
    public Optional<CommentableItem> find(CommentableItem.Kind kind, long id) {
        return rows(kind, List.of(id)).stream().findFirst();
    }

    /** The item at this address, whatever its status (for demo seeding and links). */
    @Transactional(readOnly = true)
    public Optional<CommentableItem> findBySlug(CommentableItem.Kind kind, String slug) {
        return entityManager.createQuery("select x.id from " + entity(kind) + " x where x.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultStream().findFirst().flatMap(id -> find(kind, id));
    }

    /** Several items of one kind by id, in one query; missing ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, CommentableItem> findAll(CommentableItem.Kind kind, Collection<Long> ids) {
        Map<Long, CommentableItem> found = new HashMap<>();
        if (!ids.isEmpty()) {
            rows(kind, ids).forEach(item -> found.put(item.id(), item));
        }
        return found;
    }

    /** Ids of the items of one kind that this person wrote (for instructors' moderation scope and tests). */
    @Transactional(readOnly = true)
    public List<Long> idsByAuthor(CommentableItem.Kind kind, long authorId) {
        return entityManager.createQuery("select x.id from " + entity(kind) + " x where x.authorId = :author",
                Long.class).setParameter("author", authorId).getResultList();
    }

    private List<CommentableItem> rows(CommentableItem.Kind kind, Collection<Long> ids) {
        Instant now = clock.instant();
        return entityManager.createQuery("select x from " + entity(kind) + " x where x.id in :ids",
                        AuthoredContent.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(x -> new CommentableItem(kind, x.id(), x.title(), x.slug(), x.authorId(), x.visibility(),
                        x.publication().isLive(now)))
                .toList();
    }

    private static String entity(CommentableItem.Kind kind) {
        return switch (kind) {
            case ARTICLE -> "Article";
            case ROUTINE -> "Routine";
        };
    }
}
