package app.limber.settings;

import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads site settings for every feature and lets admins change them. Reads are cached for half a second, since the
 * site's name is read for every page title and email: a change is in force at once on the node that saved it, and
 * within {@link #FRESH_FOR} on every other node sharing the database (decision 0012: a read-through with a short
 * lifetime rather than PostgreSQL notifications).
 */
@Service
public class SiteSettingsService {

    /**
     * How long a node keeps serving the settings it read before it reads them again: the longest another node's change
     * takes to be in force here. At most two primary-key reads a second per node, however busy it is.
     */
    static final Duration FRESH_FOR = Duration.ofMillis(500);

    private final SiteSettingsRepository repository;
    private final Validator validator;
    private final Clock clock;

    private volatile @Nullable Cached cached;
    /** Moves on with every change, so that a read that started before a change never caches what it replaced. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * The settings as read at {@code readAt} by the application's clock (so a test that holds its clock still holds
     * the settings still, and statement counts stay exact).
     */
    private record Cached(Settings settings, Instant changedAt, Instant readAt, long generation) {
        boolean fresh(long generationNow, Instant now) {
            // A clock set back makes the copy stale rather than young again.
            return generation == generationNow && !now.isBefore(readAt) && now.isBefore(readAt.plus(FRESH_FOR));
        }
    }

    SiteSettingsService(SiteSettingsRepository repository, Validator validator, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.clock = clock;
    }

    /** The settings in force now. */
    public Settings current() {
        return cached().settings();
    }

    /** When an admin last changed the settings (the epoch if never), for the Last-Modified of pages that show them. */
    public Instant changedAt() {
        return cached().changedAt();
    }

    private Cached cached() {
        long generationNow = generation.get();
        Cached known = cached;
        if (known != null && known.fresh(generationNow, clock.instant())) {
            return known;
        }
        // The age counts from before the read, so that a slow read never stretches how stale a copy may be.
        Instant readAt = clock.instant();
        // The repository's own read-only transaction: a cache hit takes no database connection at all.
        SiteSettings row = row();
        Cached read = new Cached(row.toSettings(), row.updatedAt(), readAt, generationNow);
        if (generation.get() == generationNow) {
            cached = read;
        }
        return read;
    }

    /** The site's name as the admin set it, for page titles, the header and emails ("Limber" until changed). */
    public String siteName() {
        return current().siteName();
    }

    /** Saves an admin's changes; refused when another admin saved in between. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings update(Settings settings) {
        var violations = validator.validate(settings);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        SiteSettings row = repository.findById(SiteSettings.ID)
                .orElseGet(() -> repository.saveAndFlush(new SiteSettings()));
        if (row.version() != settings.version()) {
            throw new ChangedBySomeoneElseException();
        }
        row.apply(settings, clock.instant());
        try {
            repository.saveAndFlush(row);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forgetCached();
            }
        });
        return row.toSettings();
    }

    /**
     * Drops the cached settings, so that the next read goes to the database: after a change, and after the rows were
     * changed behind this service's back (tests that empty the database).
     */
    public void forgetCached() {
        generation.incrementAndGet();
        cached = null;
    }

    /** The stored row; if it was ever removed, the defaults (saved again by the next update). */
    private SiteSettings row() {
        return repository.findById(SiteSettings.ID).orElseGet(SiteSettings::new);
    }
}
