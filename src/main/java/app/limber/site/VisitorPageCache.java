package app.limber.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import app.limber.settings.SiteSettingsService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rendered public pages a visitor gets (the same for every visitor), kept for a few seconds so that a popular
 * page is read from the database and rendered once, not once per visitor. Any change to stored data (an edit, a
 * comment, a setting; see {@link StoredDataChanges}) empties it at once on this node; other nodes, and items that
 * go live at their scheduled moment, show the change within {@link #FRESH_FOR}. A setting changed on another node
 * (the site's name is on every page) is noticed sooner: a kept page is used only while the settings it was rendered
 * with are still the ones in force, which every node re-reads within a second (decision 0012). Pages for signed-in members and
 * members-only pages are never kept. When a page is missing, one request renders it and the visitors arriving
 * meanwhile wait for that (up to {@link #WAIT_FOR_RENDERING}) instead of all rendering it at once.
 * <p>
 * A kept page carries the guests' comment-form token it was rendered with, up to {@link #FRESH_FOR} old, as a page
 * from nginx or a CDN does (decision 0009).
 */
@Component
public class VisitorPageCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    /** Enough for every page of a small site; addresses with odd query strings can't make it grow beyond this. */
    static final int MAX_PAGES = 1_000;

    /** A rendered page: its bytes and the validators it was sent with. */
    record Page(byte[] body, String etag, Instant lastModified, Instant renderedAt, long generation,
            Instant settingsChangedAt) {
    }

    /**
     * A page being rendered for the cache: its key, the generation of the data it started reading, and, for the one
     * request that renders it while others wait, the latch they wait on.
     */
    record Pending(String key, long generation, Instant settingsChangedAt, @Nullable CountDownLatch rendered) {
    }

    /** How long a visitor's request waits for the page another request is rendering, before rendering it itself. */
    static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(2);

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    /** The pages being rendered now, so that a burst of visitors renders a page once (the others wait for it). */
    private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();
    /** Moves on with every change, so that a page rendered from data read before a change is never kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final SiteSettingsService settings;

    VisitorPageCache(Clock clock, SiteSettingsService settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The kept page for this key, if it is still fresh. */
    @Nullable Page find(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return null;
        }
        Instant now = clock.instant();
        if (page.generation() != generation.get() || now.isBefore(page.renderedAt())
                || !now.isBefore(page.renderedAt().plus(FRESH_FOR))
                || !page.settingsChangedAt().equals(settings.changedAt())) {
            pages.remove(key, page);
            return null;
        }
        return page;
    }

    /** The kept page for this key; if another request is rendering it, waits for that (briefly). */
    @Nullable Page findOrWait(String key) throws InterruptedException {
        Page page = find(key);
        if (page != null) {
            return page;
        }
        CountDownLatch beingRendered = rendering.get(key);
        if (beingRendered == null || !beingRendered.await(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return find(key);
    }

    /** Starts rendering the page for {@code key}: remembers which data generation it reads. */
    Pending pending(String key) {
        CountDownLatch mine = new CountDownLatch(1);
        boolean first = rendering.putIfAbsent(key, mine) == null;
        return new Pending(key, generation.get(), settings.changedAt(), first ? mine : null);
    }

    /** The request that was rendering the page is done (whether the page was kept or not): the others go on. */
    void rendered(Pending pending) {
        CountDownLatch latch = pending.rendered();
        if (latch != null) {
            rendering.remove(pending.key(), latch);
            latch.countDown();
        }
    }

    /** Keeps a page rendered for {@code pending}, unless data changed while it was being rendered. */
    void keep(Pending pending, byte[] body, String etag, Instant lastModified) {
        if (pending.generation() != generation.get()) {
            return;
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(pending.key(), new Page(body, etag, lastModified, clock.instant(), pending.generation(),
                pending.settingsChangedAt()));
    }

    /** Forgets every kept page: stored data changed (or was replaced behind the application's back, in tests). */
    public void forgetAll() {
        generation.incrementAndGet();
        pages.clear();
    }
}
