package app.limber.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A video: an uploaded file in Limber's storage, or a link to YouTube or Vimeo; with its poster and chapters. */
@Entity
@Table(name = "videos")
class Video {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = VideoDraft.TITLE_MAX)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private VideoSource source = VideoSource.UPLOAD;

    @Column(name = "storage_key", length = 64)
    private @Nullable String storageKey;

    @Column(name = "content_type", length = 100)
    private @Nullable String contentType;

    @Column(name = "size_bytes")
    private @Nullable Long sizeBytes;

    @Column(name = "original_filename", length = FileNames.MAX)
    private @Nullable String originalFilename;

    @Column(name = "link_url", length = VideoLink.URL_MAX)
    private @Nullable String linkUrl;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable VideoProvider provider;

    @Column(name = "provider_video_id", length = 64)
    private @Nullable String providerVideoId;

    @Column(name = "duration_seconds")
    private @Nullable Integer durationSeconds;

    @Column(name = "poster_key", length = 64)
    private @Nullable String posterKey;

    @Column(name = "poster_content_type", length = 50)
    private @Nullable String posterContentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @ElementCollection
    @CollectionTable(name = "video_chapters", joinColumns = @JoinColumn(name = "video_id"))
    @OrderColumn(name = "position")
    private List<VideoChapter> chapters = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Video() {
    }

    private Video(long authorId, String title, VideoSource source, Instant now) {
        this.authorId = authorId;
        this.title = title;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Video uploaded(long authorId, String title, String storageKey, String contentType, long sizeBytes,
            String originalFilename, @Nullable Integer durationSeconds, Instant now) {
        Video video = new Video(authorId, title, VideoSource.UPLOAD, now);
        video.durationSeconds = durationSeconds;
        video.storageKey = storageKey;
        video.contentType = contentType;
        video.sizeBytes = sizeBytes;
        video.originalFilename = originalFilename;
        return video;
    }

    static Video linked(long authorId, String title, String url, VideoLink link, Instant now) {
        Video video = new Video(authorId, title, VideoSource.LINK, now);
        video.linkUrl = url;
        video.provider = link.provider();
        video.providerVideoId = link.videoId();
        return video;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long authorId() {
        return authorId;
    }

    long version() {
        return version;
    }

    String title() {
        return title;
    }

    Visibility visibility() {
        return visibility;
    }

    VideoSource source() {
        return source;
    }

    @Nullable String storageKey() {
        return storageKey;
    }

    @Nullable String contentType() {
        return contentType;
    }

    @Nullable String posterKey() {
        return posterKey;
    }

    @Nullable String posterContentType() {
        return posterContentType;
    }

    @Nullable VideoLink link() {
        return provider == null || providerVideoId == null ? null : new VideoLink(provider, providerVideoId);
    }

    @Nullable Integer durationSeconds() {
        return durationSeconds;
    }

    List<Chapter> chapters() {
        return chapters.stream().map(VideoChapter::toChapter).toList();
    }

    void apply(VideoDraft draft, Instant now) {
        title = draft.getTitle().strip();
        description = draft.getDescription();
        visibility = draft.getVisibility();
        durationSeconds = draft.getDurationSeconds();
        chapters.clear();
        draft.getChapters().stream()
                .sorted(Comparator.comparingInt(Chapter::startSeconds))
                .map(VideoChapter::new)
                .forEach(chapters::add);
        touch(now);
    }

    /** Sets a new poster and returns the key of the one it replaces, if any, for the caller to delete. */
    @Nullable String replacePoster(String key, String type) {
        String previous = posterKey;
        posterKey = key;
        posterContentType = type;
        return previous;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    VideoDraft toDraft() {
        VideoDraft draft = new VideoDraft(id(), version, source, provider, linkUrl, contentType, sizeBytes,
                originalFilename, posterKey != null);
        draft.setTitle(title);
        draft.setDescription(description);
        draft.setVisibility(visibility);
        draft.setDurationSeconds(durationSeconds);
        draft.setChapters(chapters());
        return draft;
    }
}
