package app.limber.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One pose or movement of a routine, held for a number of seconds or breaths. */
@Entity
@Table(name = "routine_steps")
class RoutineStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routine_id")
    private Routine routine;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = StepDraft.NAME_MAX)
    private String name;

    @Column(nullable = false, length = StepDraft.CUE_MAX)
    private String cue;

    @Column(name = "duration_seconds")
    private @Nullable Integer durationSeconds;

    @Column(name = "breaths")
    private @Nullable Integer breaths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;

    @Column(name = "image_id")
    private @Nullable Long imageId;

    @Column(name = "video_id")
    private @Nullable Long videoId;

    @Column(name = "video_start_seconds")
    private @Nullable Integer videoStartSeconds;

    @Column(name = "video_end_seconds")
    private @Nullable Integer videoEndSeconds;

    protected RoutineStep() {
        this.routine = null;
        this.name = "";
        this.cue = "";
        this.side = Side.BOTH;
    }

    RoutineStep(Routine routine, int position, StepDraft draft) {
        this.routine = routine;
        this.position = position;
        this.name = draft.getName().strip();
        this.cue = draft.getCue().strip();
        this.durationSeconds = draft.getMeasure() == StepDraft.Measure.SECONDS ? draft.getAmount() : null;
        this.breaths = draft.getMeasure() == StepDraft.Measure.BREATHS ? draft.getAmount() : null;
        this.side = draft.getSide();
        this.imageId = draft.getImageId();
        this.videoId = draft.getVideoId();
        this.videoStartSeconds = videoId == null ? null : draft.getVideoStart();
        this.videoEndSeconds = videoId == null ? null : draft.getVideoEnd();
    }

    StepDraft toDraft() {
        StepDraft draft = new StepDraft();
        draft.setName(name);
        draft.setCue(cue);
        draft.setSide(side);
        draft.setImageId(imageId);
        draft.setVideoId(videoId);
        draft.setVideoStart(videoStartSeconds == null ? 0 : videoStartSeconds);
        draft.setVideoEnd(videoEndSeconds);
        if (breaths != null) {
            draft.setMeasure(StepDraft.Measure.BREATHS);
            draft.setAmount(breaths);
        } else {
            draft.setMeasure(StepDraft.Measure.SECONDS);
            draft.setAmount(durationSeconds == null ? 0 : durationSeconds);
        }
        return draft;
    }

    @Nullable Long videoId() {
        return videoId;
    }

    @Nullable Long imageId() {
        return imageId;
    }

    int position() {
        return position;
    }
}
