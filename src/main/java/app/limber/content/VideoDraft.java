package app.limber.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A video's details as the studio editor holds them. The file or link itself is fixed; the version is the one the
 * editor loaded, so a save over someone else's newer change is refused.
 */
public class VideoDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int CHAPTERS_MAX = 50;

    private final long id;
    private final long version;
    private final VideoSource source;
    private final @Nullable VideoProvider provider;
    private final @Nullable String linkUrl;
    private final @Nullable String contentType;
    private final @Nullable Long sizeBytes;
    private final @Nullable String originalFilename;
    private final boolean hasPoster;

    @NotBlank(message = "Give the video a title")
    @Size(max = TITLE_MAX, message = "Keep the title under " + TITLE_MAX + " characters")
    private String title = "";

    @Size(max = DESCRIPTION_MAX, message = "Keep the description under " + DESCRIPTION_MAX + " characters")
    private String description = "";

    @NotNull
    private Visibility visibility = Visibility.PUBLIC;

    @PositiveOrZero
    @Max(value = 24 * 3600, message = "A video can be at most 24 hours long")
    private @Nullable Integer durationSeconds;

    @Size(max = CHAPTERS_MAX, message = "Use at most " + CHAPTERS_MAX + " chapters")
    private List<@Valid Chapter> chapters = new ArrayList<>();

    public VideoDraft(long id, long version, VideoSource source, @Nullable VideoProvider provider,
            @Nullable String linkUrl, @Nullable String contentType, @Nullable Long sizeBytes,
            @Nullable String originalFilename, boolean hasPoster) {
        this.id = id;
        this.version = version;
        this.source = source;
        this.provider = provider;
        this.linkUrl = linkUrl;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.originalFilename = originalFilename;
        this.hasPoster = hasPoster;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public VideoSource getSource() {
        return source;
    }

    public @Nullable VideoProvider getProvider() {
        return provider;
    }

    public @Nullable String getLinkUrl() {
        return linkUrl;
    }

    public @Nullable String getContentType() {
        return contentType;
    }

    public @Nullable Long getSizeBytes() {
        return sizeBytes;
    }

    public @Nullable String getOriginalFilename() {
        return originalFilename;
    }

    public boolean hasPoster() {
        return hasPoster;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public @Nullable Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(@Nullable Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public List<Chapter> getChapters() {
        return chapters;
    }

    public void setChapters(List<Chapter> chapters) {
        this.chapters = new ArrayList<>(chapters);
    }
}
