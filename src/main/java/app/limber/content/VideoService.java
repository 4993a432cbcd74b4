package app.limber.content;

import app.limber.account.SignedInPerson;
import app.limber.ChangedBySomeoneElseException;
import app.limber.platform.storage.FileStorage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Videos for the studio and for players. Instructors change only their own videos, admins any. Files are streamed
 * into storage (never held in memory), checked by their first bytes and cut off at the configured size; no
 * transaction is held open while a file is being received.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class VideoService {

    private static final Logger log = LoggerFactory.getLogger(VideoService.class);

    private static final Set<FileSignature> VIDEO_TYPES = Set.of(FileSignature.MP4, FileSignature.WEBM);
    private static final Set<FileSignature> POSTER_TYPES = CheckedUpload.PICTURES;
    private static final Set<String> SORTABLE = Set.of("title", "durationSeconds", "visibility", "updatedAt");

    static final String NOT_A_VIDEO = "This file isn't an MP4 or WebM video. Export it as MP4 (H.264) or WebM and "
            + "try again.";
    static final String NOT_AN_IMAGE = "Use a PNG, JPEG or WebP picture for the poster.";

    private final VideoRepository videos;
    private final FileStorage storage;
    private final Validator validator;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final long maxUploadBytes;
    private final long maxPosterBytes;

    VideoService(VideoRepository videos, FileStorage storage, Validator validator, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${limber.videos.max-upload-size:2GB}") DataSize maxUploadSize,
            @Value("${limber.videos.max-poster-size:5MB}") DataSize maxPosterSize) {
        this.videos = videos;
        this.storage = storage;
        this.validator = validator;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.maxPosterBytes = maxPosterSize.toBytes();
    }

    /** The largest video file accepted, in bytes. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The largest poster picture accepted, in bytes. */
    public long maxPosterBytes() {
        return maxPosterBytes;
    }

    /** A page of the caller's videos (all videos for admins) whose title contains the search words. */
    @Transactional(readOnly = true)
    public List<VideoSummary> list(String search, Pageable page) {
        Pageable safe = PageRequest.of(page.getPageNumber(), page.getPageSize(), safeSort(page.getSort()));
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? videos.listAll(StudioListQuery.containsPattern(search), safe)
                : videos.listByAuthor(caller.personId(), StudioListQuery.containsPattern(search), safe);
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        SignedInPerson caller = SignedInPerson.current();
        return caller.isAdmin() ? videos.countAll(StudioListQuery.containsPattern(search))
                : videos.countByAuthor(caller.personId(), StudioListQuery.containsPattern(search));
    }

    /**
     * Streams an uploaded video into storage and records it for the caller, with its length as the file's header
     * states it (empty when it doesn't; the instructor can type it in); returns the new video's id. The file name is
     * kept for display only. Refused with {@link UploadRejectedException} (and nothing kept) when the bytes
     * are not MP4 or WebM or exceed the size limit.
     */
    public long createUpload(String fileName, InputStream content) {
        long authorId = SignedInPerson.current().personId();
        String displayName = FileNames.forDisplay(fileName);
        CheckedUpload stored = storeChecked(content, VIDEO_TYPES, NOT_A_VIDEO, maxUploadBytes,
                "This video is larger than " + DataSizes.format(maxUploadBytes) + ". Shorten or compress it first.");
        try {
            Video video = Video.uploaded(authorId, FileNames.titleFrom(displayName), stored.file().key(),
                    stored.type().contentType(), stored.file().size(), displayName, lengthOf(stored),
                    clock.instant());
            return videos.save(video).id();
        } catch (RuntimeException failure) {
            deleteQuietly(stored.file().key());
            throw failure;
        }
    }

    /** The stored video's length from its container header, read right after the upload was stored. */
    private @Nullable Integer lengthOf(CheckedUpload stored) {
        try (InputStream header = storage.open(stored.file().key())) {
            return VideoLength.of(stored.type(), header).orElse(null);
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    /** Records a link to a YouTube or Vimeo video for the caller; refused with a readable message if it isn't one. */
    @Transactional
    public long createLink(String address, String title) {
        long authorId = SignedInPerson.current().personId();
        VideoLink link = VideoLink.parse(address);
        String cleanTitle = title.isBlank() ? link.provider().label() + " video" : title.strip();
        if (cleanTitle.length() > VideoDraft.TITLE_MAX) {
            throw new IllegalArgumentException("Keep the title under " + VideoDraft.TITLE_MAX + " characters");
        }
        return videos.save(Video.linked(authorId, cleanTitle, address.strip(), link, clock.instant())).id();
    }

    /** The video for editing, if it exists; refused if it belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<VideoDraft> load(long id) {
        return videos.findWithChapters(id).map(this::requireEditable).map(Video::toDraft);
    }

    /** Saves the editor's details; refused with {@link ChangedBySomeoneElseException} when they are stale. */
    @Transactional
    public VideoDraft save(VideoDraft draft) {
        Set<ConstraintViolation<VideoDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Integer duration = draft.getDurationSeconds();
        if (duration != null && draft.getChapters().stream().anyMatch(c -> c.startSeconds() >= duration)) {
            throw new IllegalArgumentException("Every chapter must start before the end of the video ("
                    + Timestamps.format(duration) + ").");
        }
        return change(draft.getId(), draft.getVersion(), video -> video.apply(draft, clock.instant()));
    }

    /** Replaces the poster picture (PNG, JPEG or WebP, content-checked); the old picture is removed. */
    public VideoDraft replacePoster(long id, long version, String fileName, InputStream content) {
        transaction.executeWithoutResult(status -> videos.findById(id).map(this::requireEditable)
                .orElseThrow(VideoService::gone));
        CheckedUpload stored = storeChecked(content, POSTER_TYPES, NOT_AN_IMAGE, maxPosterBytes,
                "The poster is larger than " + DataSizes.format(maxPosterBytes) + ". Use a smaller picture.");
        String[] previous = new String[1];
        VideoDraft saved;
        try {
            saved = Objects.requireNonNull(transaction.execute(status -> change(id, version, video -> {
                previous[0] = video.replacePoster(stored.file().key(), stored.type().contentType());
                video.touch(clock.instant());
            })));
        } catch (RuntimeException failure) {
            deleteQuietly(stored.file().key());
            throw failure;
        }
        if (previous[0] != null) {
            deleteQuietly(previous[0]);
        }
        return saved;
    }

    /** Deletes the video and its files. */
    public void delete(long id, long version) {
        Video deleted = Objects.requireNonNull(transaction.execute(status -> {
            Video video = videos.findById(id).map(this::requireEditable).orElseThrow(VideoService::gone);
            if (video.version() != version) {
                throw new ChangedBySomeoneElseException();
            }
            videos.delete(video);
            return video;
        }));
        if (deleted.storageKey() != null) {
            deleteQuietly(deleted.storageKey());
        }
        if (deleted.posterKey() != null) {
            deleteQuietly(deleted.posterKey());
        }
    }

    /** Playback details for several videos at once (one query), leaving out those this reader may not see. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, VideoPlayback> findForPlayback(Collection<Long> ids, boolean readerSignedIn) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, VideoPlayback> found = new LinkedHashMap<>();
        for (Video video : videos.findAllWithChapters(ids)) {
            if (readerSignedIn || video.visibility() == Visibility.PUBLIC) {
                found.put(video.id(), toPlayback(video));
            }
        }
        return found;
    }

    /** Refuses ids of videos the caller may not place in their content: unknown ones, and others' unless admin. */
    @Transactional(readOnly = true)
    public void requireUsable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SignedInPerson caller = SignedInPerson.current();
        Map<Long, Video> known = new LinkedHashMap<>();
        videos.findAllById(ids).forEach(video -> known.put(video.id(), video));
        for (Long id : ids) {
            Video video = known.get(id);
            if (video == null) {
                throw new IllegalArgumentException("Video " + id + " in the text doesn't exist (any more).");
            }
            if (!caller.isAdmin() && video.authorId() != caller.personId()) {
                throw new IllegalArgumentException("Video " + id + " in the text belongs to another instructor.");
            }
        }
    }

    /**
     * A video as a player needs it, for any page: the stream or embed address, poster and chapters. Members-only
     * videos are found only for signed-in callers.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<VideoPlayback> findForPlayback(long id) {
        return videos.findWithChapters(id)
                .filter(video -> video.visibility() == Visibility.PUBLIC || SignedInPerson.currentOrNull() != null)
                .map(VideoService::toPlayback);
    }

    /** The uploaded file of a video, for the media endpoint; members-only files are refused to anonymous callers. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MediaFile> openVideoFile(long id) {
        return videos.findById(id).filter(video -> video.storageKey() != null).map(video -> {
            requireViewable(video);
            String key = Objects.requireNonNull(video.storageKey());
            return new MediaFile(storage.resource(key), Objects.requireNonNull(video.contentType()), etag(key));
        });
    }

    /** The poster picture of a video, with the same visibility as the video. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MediaFile> openPoster(long id) {
        return videos.findById(id).filter(video -> video.posterKey() != null).map(video -> {
            requireViewable(video);
            String key = Objects.requireNonNull(video.posterKey());
            return new MediaFile(storage.resource(key), Objects.requireNonNull(video.posterContentType()), etag(key));
        });
    }

    static String streamUrl(long id) {
        return "/media/videos/" + id;
    }

    static String posterUrl(long id) {
        return "/media/posters/" + id;
    }

    /** A video as a routine step plays it: like {@link #findForPlayback}, without the chapters (no extra query). */
    static VideoPlayback clipPlayback(Video video) {
        VideoLink link = video.link();
        if (video.source() == VideoSource.LINK && link != null) {
            return new VideoPlayback(video.id(), video.title(), video.durationSeconds(), List.of(), null, null,
                    link.embedUrl(0));
        }
        return new VideoPlayback(video.id(), video.title(), video.durationSeconds(), List.of(),
                streamUrl(video.id()), video.posterKey() == null ? null : posterUrl(video.id()), null);
    }

    private static VideoPlayback toPlayback(Video video) {
        VideoLink link = video.link();
        if (video.source() == VideoSource.LINK && link != null) {
            return new VideoPlayback(video.id(), video.title(), video.durationSeconds(), video.chapters(), null, null,
                    link.embedUrl(0));
        }
        return new VideoPlayback(video.id(), video.title(), video.durationSeconds(), video.chapters(),
                streamUrl(video.id()), video.posterKey() == null ? null : posterUrl(video.id()), null);
    }

    private CheckedUpload storeChecked(InputStream content, Set<FileSignature> allowed, String wrongType,
            long maxBytes, String tooBig) {
        return CheckedUpload.store(storage, content, allowed, wrongType, maxBytes, tooBig);
    }

    private VideoDraft change(long id, long expectedVersion, Consumer<Video> change) {
        Video video = videos.findWithChapters(id).map(this::requireEditable).orElseThrow(VideoService::gone);
        if (video.version() != expectedVersion) {
            throw new ChangedBySomeoneElseException();
        }
        change.accept(video);
        try {
            videos.saveAndFlush(video);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ChangedBySomeoneElseException();
        }
        return video.toDraft();
    }

    private Video requireEditable(Video video) {
        SignedInPerson caller = SignedInPerson.current();
        if (!caller.isAdmin() && video.authorId() != caller.personId()) {
            throw new AccessDeniedException("Only the author or an admin may change this video");
        }
        return video;
    }

    private static void requireViewable(Video video) {
        if (video.visibility() == Visibility.MEMBERS && SignedInPerson.currentOrNull() == null) {
            throw new AccessDeniedException("Sign in to watch this video");
        }
    }

    private static IllegalArgumentException gone() {
        return new IllegalArgumentException("This video no longer exists.");
    }

    /** Keys are random and never reused, so the key itself identifies the bytes. */
    private static String etag(String key) {
        return "\"" + key + "\"";
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored file {}; it is no longer referenced", key, e);
        }
    }

    private static Sort safeSort(Sort sort) {
        Sort safe = Sort.by(sort.stream().filter(order -> SORTABLE.contains(order.getProperty())).toList());
        return safe.isSorted() ? safe.and(Sort.by("id")) : Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    }

}
