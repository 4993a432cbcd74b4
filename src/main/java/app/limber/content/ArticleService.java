package app.limber.content;

import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles for the studio and for readers. Instructors change only their own articles, admins any; readers see only
 * live articles, members-only ones when signed in, and under them only the linked routines they may open.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ArticleService implements PublishingWorkflow<ArticleDraft> {

    private final ArticleRepository articles;
    private final RoutineRepository routines;
    private final RoutineService routineService;
    private final TagRepository tags;
    private final PersonDirectory directory;
    private final Markdown markdown;
    private final VideoService videos;
    private final ArticleCovers covers;
    private final ProgramOffers programOffers;
    private final Validator validator;
    private final Clock clock;
    private final AuditLog audit;

    ArticleService(ArticleRepository articles, RoutineRepository routines, RoutineService routineService,
            TagRepository tags, PersonDirectory directory, Markdown markdown, VideoService videos, ArticleCovers covers,
            ProgramOffers programOffers, Validator validator, Clock clock, AuditLog audit) {
        this.programOffers = programOffers;
        this.audit = audit;
        this.videos = videos;
        this.covers = covers;
        this.articles = articles;
        this.routines = routines;
        this.routineService = routineService;
        this.tags = tags;
        this.directory = directory;
        this.markdown = markdown;
        this.validator = validator;
        this.clock = clock;
    }

    /** A page of the caller's articles (all articles for admins), filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(ArticleFilter filter, Pageable page) {
        return articles.listSummaries(authorScope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(ArticleFilter filter) {
        return articles.countSummaries(authorScope(), filter);
    }

    /** Starts a new draft article owned by the caller and returns its id. */
    @Transactional
    public long createDraft(String title) {
        String cleanTitle = title.isBlank() ? "Untitled article" : title.strip();
        Article article = new Article(SignedInPerson.current().personId(), cleanTitle, uniqueSlug(cleanTitle, -1),
                clock.instant());
        return articles.save(article).id();
    }

    /** The article for editing, if it exists; refused if it belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<ArticleDraft> load(long id) {
        return articles.findByIdWithTags(id).map(this::requireEditable).map(this::toDraft);
    }

    /**
     * Saves the editor's draft; refused with {@link ChangedBySomeoneElseException} when it is stale, and with
     * {@link IllegalArgumentException} when it links a routine the article's author may not link.
     */
    @Transactional
    public ArticleDraft save(ArticleDraft draft) {
        check(draft);
        covers.requireOwnPicture(draft.getId(), draft.getCoverImageId());
        return store(draft.getId(), draft.getVersion(), draft);
    }

    /** A new article the editor holds until its first save; nothing is stored for it yet. */
    public ArticleDraft unsavedDraft() {
        return new ArticleDraft(0, 0, "", PublishingStatus.DRAFT, null);
    }

    /**
     * Stores an article the editor started with {@link #unsavedDraft()}, owned by the caller, with everything entered
     * so far, in one transaction: an invalid draft stores nothing. A new article has no cover picture yet.
     */
    @Transactional
    public ArticleDraft create(ArticleDraft unsaved) {
        check(unsaved);
        if (unsaved.getCoverImageId() != null) {
            throw new IllegalArgumentException("Save the article first, then add its cover picture.");
        }
        String title = unsaved.getTitle().strip();
        Article article = articles.saveAndFlush(new Article(SignedInPerson.current().personId(), title,
                uniqueSlug(title, -1), clock.instant()));
        return store(article.id(), article.version(), unsaved);
    }

    private void check(ArticleDraft draft) {
        Set<ConstraintViolation<ArticleDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        videos.requireUsable(VideoEmbeds.idsIn(draft.getBody()));
        requireChoosable(draft.getCallToAction());
    }

    private ArticleDraft store(long id, long version, ArticleDraft draft) {
        return change(id, version, (article, now) -> {
            article.apply(draft, tags.resolve(draft.getTags()), linkableRoutineIds(article, draft.getRoutines()), now);
            article.followTitle(uniqueSlug(draft.getTitle(), article.id()));
        });
    }

    @Override
    @Transactional
    public ArticleDraft publishNow(long id, long version) {
        return audited(AuditAction.CONTENT_PUBLISHED, change(id, version, (article, now) -> article.publication().publishNow(now)));
    }

    @Override
    @Transactional
    public ArticleDraft schedule(long id, long version, Instant publishAt) {
        return audited(AuditAction.CONTENT_SCHEDULED, change(id, version, (article, now) -> article.publication().schedule(publishAt, now)));
    }

    @Override
    @Transactional
    public ArticleDraft archive(long id, long version) {
        return audited(AuditAction.CONTENT_ARCHIVED, change(id, version, (article, now) -> article.publication().archive()));
    }

    private ArticleDraft audited(AuditAction action, ArticleDraft draft) {
        return StudioChange.recordPublishing(audit, action, "article", draft);
    }

    @Override
    @Transactional
    public ArticleDraft backToDraft(long id, long version) {
        return change(id, version, (article, now) -> article.publication().backToDraft());
    }

    /**
     * The article as a reader would see it, for the author's preview, whatever its status. Linked routines are those
     * its readers could open: members' ones too for a members-only article, public ones only otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<ArticlePage> preview(long id) {
        return articles.findByIdWithTags(id).map(this::requireEditable)
                .map(article -> toPage(article, article.visibility() == Visibility.MEMBERS, true));
    }

    /** A live article by its slug, as readers see it; members-only articles need a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ArticlePage> findLive(String slug, boolean readerSignedIn) {
        return articles.findLiveBySlug(slug, clock.instant(), LiveContent.visibleTo(readerSignedIn))
                .map(article -> toPage(article, readerSignedIn, false));
    }

    /**
     * A live members-only article as a visitor may see it (title, excerpt, cover, author, tags), for the page that
     * asks them to sign in; empty if there is no such live members-only article.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MembersOnlyTeaser> membersOnlyTeaser(String slug) {
        return articles.findLiveBySlug(slug, clock.instant(), java.util.EnumSet.of(Visibility.MEMBERS))
                .map(article -> new MembersOnlyTeaser(article.id(), article.slug(), article.title(),
                        article.excerpt(), directory.displayNames(List.of(article.authorId()))
                                .getOrDefault(article.authorId(), ""),
                        article.coverImageId() == null ? null : ArticleCovers.url(article.coverImageId()),
                        article.tags().stream().map(tag -> new ArticlePage.TagLink(tag.getName(), tag.getSlug()))
                                .toList()));
    }

    /**
     * A page (from 1) of the live articles this reader may open, newest first, narrowed as the reader asked: one
     * query for the rows, one for the count, one for the authors' names.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ReaderListPage<ArticleCard> liveArticles(ArticleSearch search, int page, int pageSize,
            boolean readerSignedIn) {
        Instant now = clock.instant();
        var visible = LiveContent.visibleTo(readerSignedIn);
        int number = Math.max(1, page);
        List<ArticleRow> rows = articles.listLive(search, now, visible, (number - 1) * pageSize, pageSize);
        long total = rows.isEmpty() && number == 1 ? 0 : articles.countLive(search, now, visible);
        return new ReaderListPage<>(withAuthors(rows), number, pageSize, total);
    }

    /** The newest live articles, for the home page; members-only ones only for a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleCard> latestLive(int limit, boolean readerSignedIn) {
        return withAuthors(articles.findLatestLive(clock.instant(), LiveContent.visibleTo(readerSignedIn),
                Limit.of(limit)));
    }

    /** Live articles and routines with a tag, by the tag's slug; empty if there is no such tag. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<TagPage> tagPage(String tagSlug, boolean readerSignedIn) {
        return tags.findBySlug(tagSlug).map(tag -> new TagPage(tag.getName(), tag.getSlug(),
                withAuthors(articles.findLiveByTag(tag.getSlug(), clock.instant(),
                        LiveContent.visibleTo(readerSignedIn))),
                routineService.liveByTag(tag.getSlug(), readerSignedIn)));
    }

    /** The programs an article's call to action may name: published and scheduled ones, by title. */
    @Transactional(readOnly = true)
    public List<ProgramOffer> callToActionChoices() {
        return programOffers.choices();
    }

    /** A call to action may name only a published or scheduled program (a draft's page doesn't exist for readers). */
    private void requireChoosable(@Nullable ProgramOffer callToAction) {
        if (callToAction != null && programOffers.choosable(callToAction.id()).isEmpty()) {
            throw new IllegalArgumentException("The program for the call to action is no longer published or "
                    + "scheduled. Choose another one, or none.");
        }
    }

    private ArticleDraft change(long id, long expectedVersion, BiConsumer<Article, Instant> change) {
        Article article = articles.findByIdWithTags(id).map(this::requireEditable)
                .orElseThrow(() -> new IllegalArgumentException("This article no longer exists."));
        return toDraft(StudioChange.apply(article, expectedVersion, clock.instant(), change, articles::saveAndFlush));
    }

    private Article requireEditable(Article article) {
        return StudioChange.requireEditable(article, "article");
    }

    private @Nullable Long authorScope() {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? null : caller.personId();
    }

    /** The ids to link, once each and in order; only routines by the article's author (an admin may link any). */
    private List<Long> linkableRoutineIds(Article article, List<ArticleDraft.LinkedRoutine> wanted) {
        Set<Long> ids = wanted.stream().map(ArticleDraft.LinkedRoutine::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RoutineTitle> found = routines.findTitles(ids).stream()
                .collect(Collectors.toMap(RoutineTitle::id, routine -> routine));
        boolean admin = SignedInPerson.current().isAdmin();
        for (Long routineId : ids) {
            RoutineTitle routine = found.get(routineId);
            if (routine == null) {
                throw new IllegalArgumentException("A linked routine no longer exists. Remove it and save again.");
            }
            if (!admin && routine.authorId() != article.authorId()) {
                throw new IllegalArgumentException("You can only link your own routines.");
            }
        }
        return List.copyOf(ids);
    }

    /** A free address for this title; {@code ownId} may keep the address it has. */
    private String uniqueSlug(String title, long ownId) {
        return Slugs.free(title, slug -> articles.existsBySlugAndIdNot(slug, ownId));
    }

    private ArticleDraft toDraft(Article article) {
        List<Long> linked = article.routineIds();
        Map<Long, String> titles = linked.isEmpty() ? Map.of() : routines.findTitles(linked).stream()
                .collect(Collectors.toMap(RoutineTitle::id, RoutineTitle::title));
        Long programId = article.callToActionProgramId();
        return article.toDraft(titles, programId == null ? null : programOffers.choosable(programId).orElse(null));
    }

    /** The page; a preview shows a call to action for a scheduled program too, readers only one for a live program. */
    private ArticlePage toPage(Article article, boolean readerSignedIn, boolean preview) {
        Map<Long, String> names = directory.displayNames(List.of(article.authorId()));
        List<ArticlePage.TagLink> tagLinks = article.tags().stream()
                .map(tag -> new ArticlePage.TagLink(tag.getName(), tag.getSlug())).toList();
        List<RoutineCard> linked = articles.findLinkedLiveRoutines(article.id(), clock.instant(),
                LiveContent.visibleTo(readerSignedIn));
        Instant now = clock.instant();
        return new ArticlePage(article.id(), article.slug(), article.title(), article.excerpt(),
                markdown.toSafeHtml(article.body()), article.authorId(), names.getOrDefault(article.authorId(), ""),
                article.publication().isLive(now) ? article.publication().publishAt() : null, article.visibility(),
                tagLinks, linked, videos.findForPlayback(VideoEmbeds.idsIn(article.body()), readerSignedIn),
                article.coverImageId() == null ? null : ArticleCovers.url(article.coverImageId()),
                callToAction(article.callToActionProgramId(), preview), article.changedForReadersAt());
    }

    private @Nullable ProgramOffer callToAction(@Nullable Long programId, boolean preview) {
        if (programId == null) {
            return null;
        }
        return (preview ? programOffers.choosable(programId) : programOffers.live(programId)).orElse(null);
    }

    private List<ArticleCard> withAuthors(List<ArticleRow> rows) {
        Map<Long, String> names = directory.displayNames(rows.stream().map(ArticleRow::authorId).distinct().toList());
        return rows.stream().map(row -> row.withAuthor(names.getOrDefault(row.authorId(), ""))).toList();
    }
}
