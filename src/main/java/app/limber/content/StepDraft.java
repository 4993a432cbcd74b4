package app.limber.content;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A step as the editor holds it: plain values, checked by Bean Validation here and in the service. */
public class StepDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;
    public static final int CUE_MAX = 1000;
    public static final int AMOUNT_MAX = 3600;

    /** Whether a step is held for a time or for a number of breaths. */
    public enum Measure {
        SECONDS("seconds"),
        BREATHS("breaths");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @NotBlank(message = "Give the step a name")
    @Size(max = NAME_MAX, message = "Keep the name under " + NAME_MAX + " characters")
    private String name = "";

    @Size(max = CUE_MAX, message = "Keep the cue under " + CUE_MAX + " characters")
    private String cue = "";

    @NotNull
    private Measure measure = Measure.SECONDS;

    @Min(value = 1, message = "At least 1")
    @Max(value = AMOUNT_MAX, message = "At most " + AMOUNT_MAX)
    private int amount = 30;

    @NotNull
    private Side side = Side.BOTH;

    /** A picture uploaded for this routine (see {@code RoutineService.uploadImage}), or none. */
    private @Nullable Long imageId;

    /** One of the instructor's videos, played from {@link #videoStart} to {@link #videoEnd} (or its end). */
    private @Nullable Long videoId;

    @Min(value = 0, message = "The start can't be negative")
    private int videoStart;

    private @Nullable Integer videoEnd;

    /** For showing the chosen video in the editor; filled in when the routine is loaded, never saved. */
    private @Nullable String videoTitle;

    /** The chosen video's length when known, for checking the timestamps in the editor; never saved. */
    private @Nullable Integer videoDuration;

    public StepDraft copy() {
        StepDraft copy = new StepDraft();
        copy.name = name;
        copy.cue = cue;
        copy.measure = measure;
        copy.amount = amount;
        copy.side = side;
        copy.imageId = imageId;
        copy.videoId = videoId;
        copy.videoStart = videoStart;
        copy.videoEnd = videoEnd;
        copy.videoTitle = videoTitle;
        copy.videoDuration = videoDuration;
        return copy;
    }

    /** Approximate seconds this step takes, counting a breath as {@link RoutineDuration#SECONDS_PER_BREATH}. */
    public int approximateSeconds() {
        return RoutineDuration.secondsFor(measure, amount);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getCue() {
        return cue;
    }

    public void setCue(String cue) {
        this.cue = cue == null ? "" : cue;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public int getAmount() {
        return amount;
    }

    public void setAmount(int amount) {
        this.amount = amount;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    /** The clip must end after it starts; checked again by the service against the video's length. */
    @AssertTrue(message = CLIP_END_AFTER_START)
    public boolean isVideoClipInOrder() {
        return videoId == null || videoEnd == null || videoEnd > videoStart;
    }

    public static final String CLIP_END_AFTER_START = "The clip must end after it starts";

    public @Nullable Long getImageId() {
        return imageId;
    }

    public void setImageId(@Nullable Long imageId) {
        this.imageId = imageId;
    }

    public @Nullable Long getVideoId() {
        return videoId;
    }

    public void setVideoId(@Nullable Long videoId) {
        this.videoId = videoId;
    }

    public int getVideoStart() {
        return videoStart;
    }

    public void setVideoStart(int videoStart) {
        this.videoStart = videoStart;
    }

    public @Nullable Integer getVideoEnd() {
        return videoEnd;
    }

    public void setVideoEnd(@Nullable Integer videoEnd) {
        this.videoEnd = videoEnd;
    }

    public @Nullable String getVideoTitle() {
        return videoTitle;
    }

    public void setVideoTitle(@Nullable String videoTitle) {
        this.videoTitle = videoTitle;
    }

    public @Nullable Integer getVideoDuration() {
        return videoDuration;
    }

    public void setVideoDuration(@Nullable Integer videoDuration) {
        this.videoDuration = videoDuration;
    }

    /** Chooses a video (or none with null) and forgets the clip times of the previous one. */
    public void chooseVideo(@Nullable Long id, @Nullable String title, @Nullable Integer duration) {
        this.videoId = id;
        this.videoTitle = id == null ? null : title;
        this.videoDuration = id == null ? null : duration;
    }
}
