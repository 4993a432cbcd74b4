package app.limber.content;

import app.limber.account.AuditAction;
import app.limber.account.AuditLog;
import app.limber.account.PersonDirectory;
import app.limber.account.SignedInPerson;
import app.limber.ChangedBySomeoneElseException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routines for the studio and for readers. Instructors change only their own routines, admins any; readers see only
 * live routines, and members-only ones when signed in. Pictures uploaded for a routine (its cover, its steps' images)
 * are shown to whoever may see the routine, and to its author and admins at any time; a step's video must be one of
 * the author's own (any video for admins).
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RoutineService implements PublishingWorkflow<RoutineDraft> {

    static final String NOT_A_PICTURE = "Use a PNG, JPEG or WebP picture.";

    private final RoutineRepository routines;
    private final RoutineImageRepository images;
    private final VideoRepository videos;
    private final TagRepository tags;
    private final PersonDirectory directory;
    private final Markdown markdown;
    private final Validator validator;
    private final Clock clock;
    private final PictureUploads pictures;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ObjectProvider<RoutineUsage> usage;

    RoutineService(RoutineRepository routines, RoutineImageRepository images, VideoRepository videos,
            TagRepository tags, PersonDirectory directory, Markdown markdown, Validator validator, Clock clock,
            PictureUploads pictures, PlatformTransactionManager transactionManager, AuditLog audit,
            ObjectProvider<RoutineUsage> usage) {
        this.audit = audit;
        this.usage = usage;
        this.routines = routines;
        this.images = images;
        this.videos = videos;
        this.tags = tags;
        this.directory = directory;
        this.markdown = markdown;
        this.validator = validator;
        this.clock = clock;
        this.pictures = pictures;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Where pages load a routine's picture from. */
    public static String imageUrl(long imageId) {
        return RoutineImage.url(imageId);
    }

    /** The largest picture accepted for a cover or a step, in bytes. */
    public long maxImageBytes() {
        return pictures.maxBytes();
    }

    /** A page of the caller's routines (all routines for admins), filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<RoutineSummary> list(RoutineFilter filter, Pageable page) {
        return routines.listSummaries(authorScope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(RoutineFilter filter) {
        return routines.countSummaries(authorScope(), filter);
    }

    /** All tags, by name, for filters and pickers (the public lists' filters too: tag names are public). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticlePage.TagLink> allTags() {
        return tags.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(tag -> new ArticlePage.TagLink(tag.getName(), tag.getSlug())).toList();
    }

    /** Starts a new draft routine owned by the caller and returns its id. */
    @Transactional
    public long createDraft(String title) {
        String cleanTitle = title.isBlank() ? "Untitled routine" : title.strip();
        Routine routine = new Routine(SignedInPerson.current().personId(), cleanTitle, uniqueSlug(cleanTitle, -1),
                clock.instant());
        return routines.save(routine).id();
    }

    /** The routine for editing, if it exists; refused if it belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<RoutineDraft> load(long id) {
        return routines.findByIdWithSteps(id).map(this::requireEditable).map(Routine::toDraft)
                .map(this::withVideoDetails);
    }

    /** Saves the editor's draft; refused with {@link ChangedBySomeoneElseException} when it is stale. */
    @Transactional
    public RoutineDraft save(RoutineDraft draft) {
        validate(draft);
        return store(draft.getId(), draft.getVersion(), draft);
    }

    /** A new routine the editor holds until its first save; nothing is stored for it yet. */
    public RoutineDraft unsavedDraft() {
        return new RoutineDraft(0, 0, "", PublishingStatus.DRAFT, null);
    }

    /**
     * Stores a routine the editor started with {@link #unsavedDraft()}, owned by the caller, with everything entered
     * so far, in one transaction: an invalid draft stores nothing.
     */
    @Transactional
    public RoutineDraft create(RoutineDraft unsaved) {
        validate(unsaved);
        String title = unsaved.getTitle().strip();
        Routine routine = routines.saveAndFlush(new Routine(SignedInPerson.current().personId(), title,
                uniqueSlug(title, -1), clock.instant()));
        return store(routine.id(), routine.version(), unsaved);
    }

    private void validate(RoutineDraft draft) {
        Set<ConstraintViolation<RoutineDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private RoutineDraft store(long id, long version, RoutineDraft draft) {
        RoutineDraft saved = change(id, version, (routine, now) -> {
            checkMedia(routine, draft);
            routine.apply(draft, tags.resolve(draft.getTags()), now);
            routine.followTitle(uniqueSlug(draft.getTitle(), routine.id()));
        });
        removeUnusedImages(saved);
        return saved;
    }

    /**
     * Streams a picture (PNG, JPEG or WebP, content-checked, size-capped) into storage for this routine and returns
     * its id, to be set as the cover or on a step; it is kept once a save uses it. Refused with
     * {@link UploadRejectedException}, and nothing kept, when the bytes are not a picture or too big.
     */
    public long uploadImage(long routineId, String fileName, InputStream content) {
        transaction.executeWithoutResult(status -> routines.findById(routineId).map(this::requireEditable)
                .orElseThrow(RoutineService::gone));
        return pictures.storeAndRecord(content, stored -> Objects.requireNonNull(transaction.execute(
                status -> images.save(new RoutineImage(routineId, stored.storageKey(), stored.contentType(),
                        stored.sizeBytes(), clock.instant())).id())));
    }

    /**
     * A routine's picture for the media endpoint: for its author and admins always, for readers while the routine
     * is live (members-only routines refused to anonymous callers with {@link AccessDeniedException}).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MediaFile> openImage(long id) {
        return images.findById(id).filter(image -> routines.findById(image.routineId())
                .filter(routine -> mayViewPicture(routine, image)).isPresent())
                .map(image -> pictures.open(image.storageKey(), image.contentType()));
    }

    /** A routine's picture in one of the page sizes, for whoever may see it (as {@link #openImage}). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PictureFile> openImageSize(long id, PictureSize size) {
        return images.findById(id).flatMap(image -> routines.findById(image.routineId())
                .filter(routine -> mayViewPicture(routine, image))
                .map(routine -> new PictureFile(pictures.openSize(image.storageKey(), image.contentType(), size),
                        isCover(routine, image) ? routine.coverForEveryone(clock.instant())
                                : routine.visibility() == Visibility.PUBLIC)));
    }

    @Override
    @Transactional
    public RoutineDraft publishNow(long id, long version) {
        return audited(AuditAction.CONTENT_PUBLISHED, change(id, version, (routine, now) -> routine.publication().publishNow(now)));
    }

    @Override
    @Transactional
    public RoutineDraft schedule(long id, long version, Instant publishAt) {
        return audited(AuditAction.CONTENT_SCHEDULED, change(id, version, (routine, now) -> routine.publication().schedule(publishAt, now)));
    }

    @Override
    @Transactional
    public RoutineDraft archive(long id, long version) {
        return audited(AuditAction.CONTENT_ARCHIVED, change(id, version, (routine, now) -> {
            requireUnusedByLivePrograms(routine);
            routine.publication().archive();
        }));
    }

    /**
     * The rule that keeps programs and sessions in step: a routine on the schedule of a published or scheduled
     * program stays live; archiving or unpublishing it is refused, naming the programs.
     */
    private void requireUnusedByLivePrograms(Routine routine) {
        RoutineUsage programs = usage.getIfAvailable();
        List<String> using = programs == null ? List.of() : programs.livePrograms(routine.id());
        if (!using.isEmpty()) {
            throw new RoutineInUseException(routine.title(), using);
        }
    }

    private RoutineDraft audited(AuditAction action, RoutineDraft draft) {
        return StudioChange.recordPublishing(audit, action, "routine", draft);
    }

    @Override
    @Transactional
    public RoutineDraft backToDraft(long id, long version) {
        return change(id, version, (routine, now) -> {
            requireUnusedByLivePrograms(routine);
            routine.publication().backToDraft();
        });
    }

    /** The routine exactly as a runner would see it, for the author's preview, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<RoutinePage> preview(long id) {
        return routines.findByIdWithSteps(id).map(this::requireEditable).map(routine -> toPage(routine, true));
    }

    /** A live routine by its slug, as readers see it; members-only routines need a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RoutinePage> findLive(String slug, boolean readerSignedIn) {
        Instant now = clock.instant();
        return routines.findBySlugWithSteps(slug)
                .filter(routine -> routine.publication().isLive(now))
                .filter(routine -> readerSignedIn || routine.visibility() == Visibility.PUBLIC)
                .map(routine -> toPage(routine, readerSignedIn));
    }

    /**
     * A live members-only routine as a visitor may see it (title, summary, cover, author, tags), for the page that
     * asks them to sign in; empty if there is no such live members-only routine.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MembersOnlyTeaser> membersOnlyTeaser(String slug) {
        Instant now = clock.instant();
        return routines.findBySlugWithSteps(slug)
                .filter(routine -> routine.publication().isLive(now) && routine.visibility() == Visibility.MEMBERS)
                .map(routine -> {
                    RoutineDraft draft = routine.toDraft();
                    return new MembersOnlyTeaser(routine.id(), routine.slug(), draft.getTitle(), draft.getSummary(),
                            directory.displayNames(List.of(routine.authorId())).getOrDefault(routine.authorId(), ""),
                            draft.getCoverImageId() == null ? null : RoutineImage.url(draft.getCoverImageId()),
                            draft.getTags().stream().map(name -> new ArticlePage.TagLink(name, Slugs.of(name)))
                                    .toList());
                });
    }

    /**
     * A page (from 1) of the live routines this reader may open, newest first, narrowed as the reader asked: one
     * query for the rows and one for the count.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ReaderListPage<RoutineCard> liveRoutines(RoutineSearch search, int page, int pageSize,
            boolean readerSignedIn) {
        Instant now = clock.instant();
        var visible = LiveContent.visibleTo(readerSignedIn);
        int number = Math.max(1, page);
        List<RoutineCard> rows = routines.listLive(search, now, visible, (number - 1) * pageSize, pageSize);
        long total = rows.isEmpty() && number == 1 ? 0 : routines.countLive(search, now, visible);
        return new ReaderListPage<>(rows, number, pageSize, total);
    }

    /** The newest live routines, for the home page; members-only ones only for a signed-in reader. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RoutineCard> latestLive(int limit, boolean readerSignedIn) {
        return routines.findLatestLive(clock.instant(), LiveContent.visibleTo(readerSignedIn), Limit.of(limit));
    }

    /** Live routines with this tag (by its slug), newest first, as this reader may see them. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RoutineCard> liveByTag(String tagSlug, boolean readerSignedIn) {
        return routines.findLiveByTag(tagSlug, clock.instant(), LiveContent.visibleTo(readerSignedIn));
    }

    private RoutineDraft change(long id, long expectedVersion, BiConsumer<Routine, Instant> change) {
        Routine routine = routines.findByIdWithSteps(id).map(this::requireEditable)
                .orElseThrow(RoutineService::gone);
        return withVideoDetails(StudioChange.apply(routine, expectedVersion, clock.instant(), change,
                routines::saveAndFlush).toDraft());
    }

    /** Pictures must be this routine's own; videos the caller's own (any for admins) or already on the routine. */
    private void checkMedia(Routine routine, RoutineDraft draft) {
        Set<Long> imageIds = Stream.concat(Stream.ofNullable(draft.getCoverImageId()),
                draft.getSteps().stream().map(StepDraft::getImageId).filter(Objects::nonNull))
                .collect(Collectors.toSet());
        if (!imageIds.isEmpty() && images.findAllById(imageIds).stream()
                .filter(image -> image.routineId() == routine.id()).count() != imageIds.size()) {
            throw new IllegalArgumentException("A picture is no longer there. Upload it again.");
        }
        Set<Long> videoIds = draft.getSteps().stream().map(StepDraft::getVideoId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (videoIds.isEmpty()) {
            return;
        }
        Map<Long, Video> found = videos.findAllById(videoIds).stream()
                .collect(Collectors.toMap(Video::id, Function.identity()));
        Set<Long> alreadyUsed = routine.steps().stream().map(RoutineStep::videoId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        SignedInPerson caller = SignedInPerson.current();
        for (StepDraft step : draft.getSteps()) {
            Long videoId = step.getVideoId();
            if (videoId == null) {
                continue;
            }
            Video video = found.get(videoId);
            if (video == null) {
                throw new IllegalArgumentException("The video of “" + step.getName()
                        + "” no longer exists. Choose another one.");
            }
            if (!caller.isAdmin() && video.authorId() != caller.personId() && !alreadyUsed.contains(videoId)) {
                throw new AccessDeniedException("Choose one of your own videos for “" + step.getName() + "”.");
            }
            Integer end = step.getVideoEnd();
            if (end != null && end <= step.getVideoStart()) {
                throw new IllegalArgumentException(StepDraft.CLIP_END_AFTER_START + " (“" + step.getName() + "”).");
            }
            Integer duration = video.durationSeconds();
            if (duration != null && (step.getVideoStart() >= duration || (end != null && end > duration))) {
                throw new IllegalArgumentException(clipBeyondVideo(duration) + " (“" + step.getName() + "”).");
            }
        }
    }

    /** The message for a clip that doesn't fit in its video. */
    public static String clipBeyondVideo(int durationSeconds) {
        return "The video is only " + Timestamps.format(durationSeconds) + " long";
    }

    /** Pictures uploaded for the routine that the saved version doesn't use are removed (rows now, files after). */
    private void removeUnusedImages(RoutineDraft saved) {
        Set<Long> used = new HashSet<>();
        if (saved.getCoverImageId() != null) {
            used.add(saved.getCoverImageId());
        }
        saved.getSteps().stream().map(StepDraft::getImageId).filter(Objects::nonNull).forEach(used::add);
        List<RoutineImage> unused = images.findByRoutineId(saved.getId()).stream()
                .filter(image -> !used.contains(image.id())).toList();
        if (unused.isEmpty()) {
            return;
        }
        images.deleteAll(unused);
        images.flush();
        List<String> keys = unused.stream().map(RoutineImage::storageKey).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(pictures::deleteQuietly);
            }
        });
    }

    /** Adds the chosen videos' titles and lengths to the steps, for the editor (one query, if any step has one). */
    private RoutineDraft withVideoDetails(RoutineDraft draft) {
        Set<Long> ids = draft.getSteps().stream().map(StepDraft::getVideoId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return draft;
        }
        Map<Long, Video> found = videos.findAllById(ids).stream()
                .collect(Collectors.toMap(Video::id, Function.identity()));
        for (StepDraft step : draft.getSteps()) {
            Video video = step.getVideoId() == null ? null : found.get(step.getVideoId());
            if (video != null) {
                step.chooseVideo(video.id(), video.title(), video.durationSeconds());
            }
        }
        return draft;
    }

    /** The routine's cover follows {@link AuthoredContent#coverVisibleTo}; its step pictures {@link #mayView}. */
    private boolean mayViewPicture(Routine routine, RoutineImage image) {
        return isCover(routine, image)
                ? routine.coverVisibleTo(SignedInPerson.currentOrNull(), clock.instant()) : mayView(routine);
    }

    private static boolean isCover(Routine routine, RoutineImage image) {
        return Objects.equals(routine.coverImageId(), image.id());
    }

    /** As {@link AuthoredContent#visibleTo}, but a visitor asking for a live members-only routine must sign in. */
    private boolean mayView(Routine routine) {
        SignedInPerson caller = SignedInPerson.currentOrNull();
        Instant now = clock.instant();
        if (caller == null && routine.visibility() == Visibility.MEMBERS && routine.publication().isLive(now)) {
            throw new AccessDeniedException("Sign in to see this picture");
        }
        return routine.visibleTo(caller, now);
    }

    private static IllegalArgumentException gone() {
        return new IllegalArgumentException("This routine no longer exists.");
    }

    private Routine requireEditable(Routine routine) {
        return StudioChange.requireEditable(routine, "routine");
    }

    private @Nullable Long authorScope() {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? null : caller.personId();
    }

    /** A free address for this title; {@code ownId} may keep the address it has. */
    private String uniqueSlug(String title, long ownId) {
        return Slugs.free(title, slug -> routines.existsBySlugAndIdNot(slug, ownId));
    }

    /** One query for the routine's step videos, if any; members-only videos only for signed-in readers. */
    private RoutinePage toPage(Routine routine, boolean readerSignedIn) {
        RoutineDraft draft = routine.toDraft();
        Map<Long, String> names = directory.displayNames(List.of(routine.authorId()));
        Set<Long> videoIds = draft.getSteps().stream().map(StepDraft::getVideoId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, VideoPlayback> playable = videoIds.isEmpty() ? Map.of() : videos.findAllById(videoIds).stream()
                .filter(video -> readerSignedIn || video.visibility() == Visibility.PUBLIC)
                .collect(Collectors.toMap(Video::id, VideoService::clipPlayback));
        List<RoutinePage.Step> steps = draft.getSteps().stream()
                .map(step -> new RoutinePage.Step(step.getName(), step.getCue(),
                        step.getAmount() + " " + step.getMeasure().label(), step.getSide(),
                        step.getImageId() == null ? null : RoutineImage.url(step.getImageId()),
                        clipOf(step, playable)))
                .toList();
        return new RoutinePage(routine.id(), routine.slug(), draft.getTitle(), draft.getSummary(),
                markdown.toSafeHtml(draft.getBody()), draft.getLevel(), draft.getVisibility(), draft.totalSeconds(),
                List.copyOf(draft.getTags()), steps, routine.authorId(), names.getOrDefault(routine.authorId(), ""),
                draft.getCoverImageId() == null ? null : RoutineImage.url(draft.getCoverImageId()),
                routine.changedForReadersAt());
    }

    private static RoutinePage.@Nullable Clip clipOf(StepDraft step, Map<Long, VideoPlayback> playable) {
        VideoPlayback playback = step.getVideoId() == null ? null : playable.get(step.getVideoId());
        return playback == null ? null : new RoutinePage.Clip(playback, step.getVideoStart(), step.getVideoEnd());
    }
}
